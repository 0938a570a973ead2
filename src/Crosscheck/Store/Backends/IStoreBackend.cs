using System.Data.Common;

namespace Crosscheck.Store.Backends;

/// <summary>
/// What differs between the store's databases: how a connection is opened, the schema migrations, and the few
/// statements whose SQL is not common to both (insertion order, the finding key, full-text search). Everything
/// else (<see cref="CrosscheckStore"/>) is one SQL text for both, with <c>@name</c> parameters.
/// </summary>
internal interface IStoreBackend
{
    /// <summary>"SQLite" or "PostgreSQL", for messages.</summary>
    string Name { get; }

    /// <summary>The schema, one step per version, oldest first; step N brings the store to version N.</summary>
    IReadOnlyList<StoreMigration> Migrations { get; }

    /// <summary>The column that orders runs and documents as they were first stored (SQLite's rowid, a sequence elsewhere).</summary>
    string InsertionOrder { get; }

    /// <summary>The conflict target of a finding's upsert: the columns (or expressions) of its unique key.</summary>
    string FindingKey { get; }

    /// <summary>Opens a connection, set up for the store's use.</summary>
    DbConnection Open();

    /// <summary>Takes whatever lock keeps two processes from migrating the same store at once (in the transaction).</summary>
    void LockForMigration(DbConnection connection, DbTransaction tx);

    /// <summary>
    /// The search statement: parameters <c>@match</c> (from <see cref="MatchQuery"/>), <c>@limit</c>, and the
    /// highlight markers the snippets use; columns file, title, kind, snippet, start, end; findings first, best first.
    /// </summary>
    string SearchSql { get; }

    /// <summary>The <c>@match</c> value for what a user typed, or null when it has no searchable word.</summary>
    string? MatchQuery(string? input);

    /// <summary>The parameters of <see cref="SearchSql"/> besides <c>@match</c> and <c>@limit</c>: how the snippets mark a match.</summary>
    IReadOnlyList<KeyValuePair<string, object>> SnippetParameters(string open, string close);

    /// <summary>A snippet as the search statement returned it, with the caller's markers.</summary>
    string Snippet(string raw, string open, string close);
}
