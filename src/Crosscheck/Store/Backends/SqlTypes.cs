namespace Crosscheck.Store.Backends;

/// <summary>The column types and clauses in which the back ends' tables differ; <see cref="StoreTables"/> fills them in.</summary>
/// <param name="RowId">An integer key the database numbers itself.</param>
/// <param name="Sequence">A column that keeps the order rows were first stored in (empty where the database has one, SQLite's rowid).</param>
/// <param name="Boolean">A true/false column.</param>
/// <param name="BigInteger">A 64-bit integer column.</param>
/// <param name="FindingUnique">The unique key of a finding as a table constraint (empty where it is an index of its own).</param>
internal sealed record SqlTypes(string RowId, string Sequence, string Boolean, string BigInteger, string FindingUnique)
{
    public static readonly SqlTypes Sqlite = new("INTEGER PRIMARY KEY", string.Empty, "INTEGER", "INTEGER", ",\n    UNIQUE (doc_id, kind, start, \"end\", text)");

    public static readonly SqlTypes Postgres = new("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "seq BIGINT GENERATED ALWAYS AS IDENTITY,\n    ", "BOOLEAN", "BIGINT", string.Empty);
}
