using System.Data;
using System.Data.Common;

namespace Crosscheck.Store;

/// <summary>
/// Writes many rows with one statement in a transaction: where the database takes batches (PostgreSQL), up to
/// <see cref="BatchSize"/> rows in one round trip; elsewhere (SQLite, in the process) one prepared command a row.
/// Rows are written by <see cref="Flush"/> at the latest; disposing without it drops what is pending (the
/// transaction is being abandoned).
/// </summary>
internal sealed class RowWriter : IDisposable
{
    public const int BatchSize = 500;

    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly string _sql;
    private readonly (string Name, DbType Type)[] _parameters;
    private readonly DbCommand? _command;
    private DbBatch? _batch;

    public RowWriter(DbConnection connection, DbTransaction tx, string sql, params (string Name, DbType Type)[] parameters)
    {
        (_connection, _tx, _sql, _parameters) = (connection, tx, sql, parameters);
        if (connection.CanCreateBatch)
        {
            return;
        }

        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = tx;
        foreach ((string name, DbType type) in parameters)
        {
            DbParameter p = _command.CreateParameter();
            (p.ParameterName, p.DbType) = (name, type);
            _command.Parameters.Add(p);
        }

        _command.Prepare();
    }

    /// <summary>One row: a value for each parameter, in their order (null for SQL NULL).</summary>
    public void Write(params object?[] values)
    {
        if (values.Length != _parameters.Length)
        {
            throw new ArgumentException($"{_parameters.Length} values expected, {values.Length} given", nameof(values));
        }

        if (_command is not null)
        {
            for (int i = 0; i < values.Length; i++)
            {
                _command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            _command.ExecuteNonQuery();
            return;
        }

        _batch ??= NewBatch();
        DbBatchCommand row = _batch.CreateBatchCommand();
        row.CommandText = _sql;
        for (int i = 0; i < values.Length; i++)
        {
            DbParameter p = row.CreateParameter();
            (p.ParameterName, p.DbType, p.Value) = (_parameters[i].Name, _parameters[i].Type, values[i] ?? DBNull.Value);
            row.Parameters.Add(p);
        }

        _batch.BatchCommands.Add(row);
        if (_batch.BatchCommands.Count >= BatchSize)
        {
            Flush();
        }
    }

    /// <summary>Writes the rows still pending.</summary>
    public void Flush()
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            _batch.ExecuteNonQuery();
        }

        _batch?.Dispose();
        _batch = null;
    }

    public void Dispose()
    {
        _command?.Dispose();
        _batch?.Dispose();
    }

    private DbBatch NewBatch()
    {
        DbBatch batch = _connection.CreateBatch();
        batch.Transaction = _tx;
        return batch;
    }
}
