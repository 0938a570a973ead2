using System.Text.RegularExpressions;
using Npgsql;

namespace Crosscheck.Store;

/// <summary>
/// Where a store is, as <c>--db</c> gives it: a PostgreSQL URL (<c>postgres://user:password@host:5432/db</c>, or
/// <c>postgresql://</c>; a unix socket as <c>postgres:///db?host=/var/run/postgresql</c>), an Npgsql connection string
/// (<c>Host=…;Database=…;…</c>), or else the path of a SQLite file (the default).
/// </summary>
/// <param name="IsFile">True for a SQLite file.</param>
/// <param name="Target">The file's path, or the Npgsql connection string.</param>
/// <param name="Display">How messages name it: the path, or the server and database without the password.</param>
public sealed partial record StoreLocation(bool IsFile, string Target, string Display)
{
    /// <summary>Reads a <c>--db</c> value; throws <see cref="ArgumentException"/> on a malformed URL or connection string.</summary>
    public static StoreLocation Parse(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Server(FromUrl(db));
        }

        return ConnectionStringKey().IsMatch(db) ? Server(new NpgsqlConnectionStringBuilder(db)) : new StoreLocation(true, db, db);
    }

    private static StoreLocation Server(NpgsqlConnectionStringBuilder builder)
    {
        string where = $"postgres://{(builder.Username is { Length: > 0 } u ? u + "@" : string.Empty)}{builder.Host}{(builder.Port != NpgsqlConnection.DefaultPort ? $":{builder.Port}" : string.Empty)}/{builder.Database}";
        return new StoreLocation(false, builder.ConnectionString, where);
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        Uri uri = new(url);
        var builder = new NpgsqlConnectionStringBuilder();
        if (uri.Host.Length > 0)
        {
            builder.Host = uri.Host;
        }

        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]), value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }

        return builder;
    }

    /// <summary>"Host=" (or "Server=") as a key of a connection string: what a file path never starts a segment with.</summary>
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringKey();
}
