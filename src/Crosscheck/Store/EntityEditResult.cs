namespace Crosscheck.Store;

/// <summary>What became of an entity edit made on a view of given versions: saved, or refused with its conflicts.</summary>
/// <param name="Edit">The saved edit, with its id; null when it was refused.</param>
/// <param name="Conflicts">Why it was refused: the names another edit changed first (empty when saved).</param>
/// <param name="Description">The edit in words ("merge ‘A’ into ‘B’").</param>
public sealed record EntityEditResult(EntityEdit? Edit, IReadOnlyList<EditConflict> Conflicts, string Description)
{
    public bool Saved => Edit is not null;

    /// <summary>For the analyst: what was not saved and what changed meanwhile; null when saved.</summary>
    public string? Message => Saved
        ? null
        : $"Your {Description} was not saved: {string.Join(" ", Conflicts.Select(c => c.Message))} Nothing was overwritten; reload the entities and make the edit again if it still applies.";
}
