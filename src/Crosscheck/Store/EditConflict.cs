namespace Crosscheck.Store;

/// <summary>A name that another edit changed after the analyst saw it.</summary>
/// <param name="Name">The name, as the refused edit wrote it.</param>
/// <param name="Seen">The version the analyst saw.</param>
/// <param name="Current">The version in the store.</param>
/// <param name="LastChange">The change that made the current version ("merge ‘A’ into ‘B’ (edit #7, …)", "undo of …").</param>
public sealed record EditConflict(string Name, long Seen, long Current, string LastChange)
{
    public string Message => $"‘{Name}’ was changed after you loaded it (version {Seen}, now {Current}) by: {LastChange}.";
}
