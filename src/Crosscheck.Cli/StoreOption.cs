using System.Data.Common;
using Crosscheck.Store;

namespace Crosscheck.Cli;

/// <summary>
/// The <c>--db</c> option of analyze, search, export and serve: a SQLite file path (the default,
/// <c>crosscheck-out/crosscheck.db</c>), a <c>postgres://</c> URL or a <c>Host=…</c> connection string.
/// </summary>
internal static class StoreOption
{
    /// <summary>The store <c>--db</c> names (else <paramref name="defaultPath"/>); null, with the usage error written, when it is malformed.</summary>
    public static StoreLocation? Read(Arguments a, string defaultPath, TextWriter stderr)
    {
        string db = a.Option("db") ?? defaultPath;
        try
        {
            return StoreLocation.Parse(db);
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            CommandLine.UsageError(stderr, $"--db: not a file path, postgres:// URL or connection string ({e.Message})");
            return null;
        }
    }

    /// <summary>False, with a line on stderr ("no store at …" and <paramref name="hint"/>), when the store is a file that does not exist (a server store is checked by connecting).</summary>
    public static bool Exists(StoreLocation location, string hint, TextWriter stderr)
    {
        if (!location.IsFile || File.Exists(location.Target))
        {
            return true;
        }

        stderr.WriteLine($"crosscheck: no store at {location.Display}{hint}");
        return false;
    }

    /// <summary>The failures of opening, reading or writing a store that are the store's, not the program's.</summary>
    public static bool IsStoreFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or DbException or InvalidDataException or System.Text.Json.JsonException or TimeoutException;
}
