using System.Data;
using System.Data.Common;
using System.Globalization;

namespace Crosscheck.Store;

/// <summary>The store's few ADO.NET helpers, the same for both back ends (parameters are named <c>@name</c>).</summary>
public sealed partial class CrosscheckStore
{
    private DbCommand Command(string sql, DbTransaction? tx = null)
    {
        DbCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    /// <summary>Adds a parameter; its type is given (not guessed from the value) so that a null and a prepared command work on every back end.</summary>
    private static DbParameter Add(DbCommand cmd, string name, object? value, DbType type = DbType.String)
    {
        DbParameter p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    /// <summary>Runs a statement as it is (tests use it to damage or age a store).</summary>
    internal void ExecuteSql(string sql)
    {
        using DbCommand cmd = Command(sql);
        cmd.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using DbCommand cmd = Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string? Nullable(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
