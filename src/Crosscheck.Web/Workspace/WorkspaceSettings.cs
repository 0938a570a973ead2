using Crosscheck.Ingestion;
using Crosscheck.Store;

namespace Crosscheck.Web.Workspace;

/// <summary>Where the workspace keeps its case: the store and a folder of input files.</summary>
/// <param name="DbPath">The store as <c>--db</c> gives it: a SQLite file (created when missing), or a PostgreSQL URL or connection string.</param>
/// <param name="DataFolder">The case's input files, re-read on every re-analysis; uploads are saved here.</param>
public sealed record WorkspaceSettings(string DbPath, string DataFolder)
{
    /// <summary>The data folder of a workspace on a PostgreSQL store: in the folder serve runs in, as a file store's would be.</summary>
    public static readonly string ServerDataFolder = Path.Combine("crosscheck-out", "inputs");

    /// <summary>Largest file accepted by an upload: the reader's own limit.</summary>
    public long MaxUploadBytes { get; init; } = InputReader.MaxFileBytes;

    /// <summary>Whether a link added in the workspace may reach private and loopback addresses (off: a link must not reach into the analyst's own network).</summary>
    public bool AllowPrivateLinks { get; init; }

    /// <summary>The store, parsed.</summary>
    public StoreLocation Store => StoreLocation.Parse(DbPath);

    /// <summary>
    /// Settings for a store: for a SQLite file, the data folder is "inputs" beside it; for a PostgreSQL store (which
    /// several workspaces may share), <see cref="ServerDataFolder"/> under the current folder.
    /// </summary>
    public static WorkspaceSettings ForDb(string db)
    {
        StoreLocation location = StoreLocation.Parse(db);
        if (!location.IsFile)
        {
            return new WorkspaceSettings(db, Path.GetFullPath(ServerDataFolder));
        }

        string full = Path.GetFullPath(location.Target);
        return new WorkspaceSettings(full, Path.Combine(Path.GetDirectoryName(full) ?? ".", "inputs"));
    }
}
