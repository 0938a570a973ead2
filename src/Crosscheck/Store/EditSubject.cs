namespace Crosscheck.Store;

/// <summary>
/// A thing analysts edit, as the table <c>edit_versions</c> keys it ("entity:" and the name in upper case, since
/// edits find entities by name or alias whatever the case), with the version the analyst saw, if they said.
/// </summary>
internal sealed record EditSubject(string Key, string Name, long? Seen)
{
    public static string OfEntity(string name) => "entity:" + name.Trim().ToUpperInvariant();

    /// <summary>The names an entity edit touches, each once, in key order (so that two writers lock them in the same order).</summary>
    public static IEnumerable<EditSubject> Of(EntityEdit edit, EntityEditBasis? seen) =>
        new[] { new EditSubject(OfEntity(edit.Entity), edit.Entity, seen?.EntityVersion), new EditSubject(OfEntity(edit.Other), edit.Other, seen?.OtherVersion) }
            .DistinctBy(s => s.Key)
            .OrderBy(s => s.Key, StringComparer.Ordinal);
}
