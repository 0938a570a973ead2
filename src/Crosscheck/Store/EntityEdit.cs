namespace Crosscheck.Store;

/// <summary>
/// A hand correction of the entity index, kept in the store and applied to every report loaded from it
/// (so it survives re-analysis). Entities are named, not numbered, because ids change between runs.
/// </summary>
/// <param name="Id">Row id in the store (order of application).</param>
/// <param name="Action"><see cref="Merge"/> or <see cref="Split"/>.</param>
/// <param name="Entity">Merge: the entity merged away. Split: the entity a name is taken out of. Named by its name or an alias.</param>
/// <param name="Other">Merge: the entity it is merged into. Split: the alias (as written in the articles) that becomes its own entity.</param>
/// <param name="CreatedAt">When the edit was made (ISO 8601).</param>
public sealed record EntityEdit(long Id, string Action, string Entity, string Other, string CreatedAt)
{
    public const string Merge = "merge";
    public const string Split = "split";

    /// <summary>The edit in words: "merge ‘A’ into ‘B’", "split ‘b’ out of ‘A’".</summary>
    public string Describe() => Action == Merge ? $"merge ‘{Entity}’ into ‘{Other}’" : $"split ‘{Other}’ out of ‘{Entity}’";
}
