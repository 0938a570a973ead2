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
        Match m = PostgresUrl().Match(url);
        if (!m.Success)
        {
            throw new ArgumentException($"not a postgres://user:password@host:port/database URL: {url}", nameof(url));
        }

        var builder = new NpgsqlConnectionStringBuilder();
        if (m.Groups["user"].Success)
        {
            builder.Username = Uri.UnescapeDataString(m.Groups["user"].Value);
        }

        if (m.Groups["password"].Success)
        {
            builder.Password = Uri.UnescapeDataString(m.Groups["password"].Value);
        }

        if (m.Groups["host"].Value.Length > 0)
        {
            builder.Host = Uri.UnescapeDataString(m.Groups["host"].Value.Trim('[', ']'));
        }

        if (m.Groups["port"].Success)
        {
            builder.Port = int.Parse(m.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (m.Groups["database"].Value.Length > 0)
        {
            builder.Database = Uri.UnescapeDataString(m.Groups["database"].Value);
        }

        foreach (string pair in m.Groups["query"].Value.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]), value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            builder[LibpqNames.GetValueOrDefault(key.ToLowerInvariant(), key)] = value;
        }

        return builder;
    }

    /// <summary>The URL settings of libpq whose Npgsql names differ; any other is taken as an Npgsql keyword.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.Ordinal)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["user"] = "Username",
        ["dbname"] = "Database",
        ["search_path"] = "Search Path",
    };

    /// <summary>libpq's URL form: every part optional (<c>postgres:///db?host=/run/postgresql</c> reaches a unix socket).</summary>
    [GeneratedRegex(@"^postgres(ql)?://(?:(?<user>[^:@/]*)(?::(?<password>[^@/]*))?@)?(?<host>\[[^\]]*\]|[^:/?]*)(?::(?<port>\d+))?(?:/(?<database>[^?]*))?(?:\?(?<query>.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostgresUrl();

    /// <summary>"Host=" (or "Server=") as a key of a connection string: what a file path never starts a segment with.</summary>
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringKey();
}
