using System.Data.Common;
using System.Globalization;
using Crosscheck.Store.Backends;

namespace Crosscheck.Store;

/// <summary>
/// Brings a store to the schema this crosscheck knows, in one transaction: the table <c>schema_version</c> holds a
/// row per step applied; each missing step runs in order. A store of a newer schema is refused, never changed.
/// </summary>
internal static class StoreMigrator
{
    public static void Migrate(IStoreBackend backend, DbConnection connection, int upTo = int.MaxValue)
    {
        int latest = backend.Migrations[^1].Version;
        using DbTransaction tx = connection.BeginTransaction();
        backend.LockForMigration(connection, tx);
        Execute(connection, tx, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int current;
        using (DbCommand read = connection.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT max(version) FROM schema_version";
            object? found = read.ExecuteScalar();
            current = found is null or DBNull ? 0 : Convert.ToInt32(found, CultureInfo.InvariantCulture);
        }

        if (current > latest)
        {
            throw new InvalidDataException($"the store was written by a newer crosscheck (schema version {current}, this one knows {latest})");
        }

        foreach (StoreMigration step in backend.Migrations.Where(m => m.Version > current && m.Version <= upTo))
        {
            Execute(connection, tx, step.Sql);
            Execute(connection, tx, $"INSERT INTO schema_version(version) VALUES ({step.Version})");
        }

        tx.Commit();
    }

    /// <summary>The schema version a store is at (for checks).</summary>
    public static int Version(DbConnection connection)
    {
        using DbCommand read = connection.CreateCommand();
        read.CommandText = "SELECT max(version) FROM schema_version";
        return Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction tx, string sql)
    {
        using DbCommand cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
