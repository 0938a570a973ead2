using Crosscheck.Ingestion;

namespace Crosscheck.Web.Workspace;

/// <summary>Where the workspace keeps its case: the SQLite store and, beside it, the folder of input files.</summary>
/// <param name="DbPath">The store (created when missing).</param>
/// <param name="DataFolder">The case's input files, re-read on every re-analysis; uploads are saved here.</param>
public sealed record WorkspaceSettings(string DbPath, string DataFolder)
{
    /// <summary>Largest file accepted by an upload: the reader's own limit.</summary>
    public long MaxUploadBytes { get; init; } = InputReader.MaxFileBytes;

    /// <summary>Whether a link added in the workspace may reach private and loopback addresses (off: a link must not reach into the analyst's own network).</summary>
    public bool AllowPrivateLinks { get; init; }

    /// <summary>Settings for a store: the data folder is "inputs" beside the database file.</summary>
    public static WorkspaceSettings ForDb(string dbPath)
    {
        string full = Path.GetFullPath(dbPath);
        return new WorkspaceSettings(full, Path.Combine(Path.GetDirectoryName(full) ?? ".", "inputs"));
    }
}
