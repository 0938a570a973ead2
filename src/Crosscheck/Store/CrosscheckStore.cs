using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using System.Data;
using System.Data.Common;
using Crosscheck.Store.Backends;

namespace Crosscheck.Store;

/// <summary>
/// The store of analysis runs: documents (keyed by content hash), per-document findings (keyed by document, kind
/// and span, so that re-running on the same input updates rows instead of adding them), runs and their
/// cross-document results, a full-text index over all of it, and the analysts' hand edits.
/// It stores the <see cref="Report"/> model, the same schema the renderers read.
/// Each <see cref="Save"/> is one transaction: a failure leaves the store as it was.
/// One class for both databases (a SQLite file, the default, or a PostgreSQL server, see <see cref="StoreLocation"/>):
/// the SQL they do not share is in <see cref="IStoreBackend"/>.
/// </summary>
public sealed partial class CrosscheckStore : IDisposable
{
    private readonly IStoreBackend _backend;
    private readonly DbConnection _connection;

    /// <summary>Opens (and creates or migrates) the store a <c>--db</c> value names: a file path, a postgres:// URL or a Host=… connection string.</summary>
    public CrosscheckStore(string db)
        : this(StoreLocation.Parse(db))
    {
    }

    public CrosscheckStore(StoreLocation location)
        : this(location, int.MaxValue)
    {
    }

    /// <summary>Opens a store, migrating it no further than <paramref name="schemaVersion"/> (tests make old stores with it).</summary>
    internal CrosscheckStore(StoreLocation location, int schemaVersion)
    {
        ArgumentNullException.ThrowIfNull(location);
        Location = location;
        _backend = location.IsFile ? new SqliteBackend(location.Target) : new PostgresBackend(location.Target);
        _connection = _backend.Open();
        try
        {
            StoreMigrator.Migrate(_backend, _connection, schemaVersion);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Where the store is.</summary>
    public StoreLocation Location { get; }

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    public string Backend => _backend.Name;

    /// <summary>The schema version the store is at (the last migration step applied).</summary>
    public int SchemaVersion => StoreMigrator.Version(_connection);

    /// <summary>Called with the name of each step of a save; a test hook to force a failure midway.</summary>
    internal Action<string>? OnSaveStep { get; set; }

    /// <summary>Stores a run and its report. Documents and findings seen before are updated, never duplicated.</summary>
    public void Save(Report report, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(run);
        using DbTransaction tx = _connection.BeginTransaction();
        SaveRun(tx, report, run);
        OnSaveStep?.Invoke("run");
        Dictionary<string, string> idOfFile = SaveDocuments(tx, report, run);
        OnSaveStep?.Invoke("documents");
        SaveFindings(tx, report, run, idOfFile);
        OnSaveStep?.Invoke("findings");
        SaveSetFindings(tx, report, run);
        OnSaveStep?.Invoke("set_findings");
        tx.Commit();
    }

    /// <summary>Row counts of the main tables, for checks and the console summary.</summary>
    public StoreCounts Counts() => new(
        Scalar("SELECT count(*) FROM runs"),
        Scalar("SELECT count(*) FROM documents"),
        Scalar("SELECT count(*) FROM findings"),
        Scalar("SELECT count(*) FROM set_findings"));

    public void Dispose() => _connection.Dispose();

    private void SaveRun(DbTransaction tx, Report report, RunInfo run)
    {
        using DbCommand cmd = Command("""
            INSERT INTO runs(id, started_at, finished_at, inputs, documents, problems, generated_at)
            VALUES (@id, @started, @finished, @inputs, @documents, @problems, @generated)
            ON CONFLICT(id) DO UPDATE SET started_at = excluded.started_at, finished_at = excluded.finished_at,
                inputs = excluded.inputs, documents = excluded.documents, problems = excluded.problems, generated_at = excluded.generated_at
            """, tx);
        Add(cmd, "@id", run.Id);
        Add(cmd, "@started", run.StartedAt.ToString("o", CultureInfo.InvariantCulture));
        Add(cmd, "@finished", run.FinishedAt.ToString("o", CultureInfo.InvariantCulture));
        Add(cmd, "@inputs", JsonSerializer.Serialize(run.Inputs, StoreJsonContext.Default.IReadOnlyListString));
        Add(cmd, "@documents", report.Documents.Count, DbType.Int32);
        Add(cmd, "@problems", JsonSerializer.Serialize(report.Problems, StoreJsonContext.Default.IReadOnlyListReportProblem));
        Add(cmd, "@generated", report.GeneratedAt);
        cmd.ExecuteNonQuery();

        using DbCommand clear = Command("DELETE FROM set_findings WHERE run_id = @id", tx);
        Add(clear, "@id", run.Id);
        clear.ExecuteNonQuery();
    }

    private Dictionary<string, string> SaveDocuments(DbTransaction tx, Report report, RunInfo run)
    {
        using var rows = new RowWriter(_connection, tx, """
            INSERT INTO documents(id, file, format, title, subtitle, author, outlet, url, published, published_inferred,
                                  reference_date, reference_inferred, text, first_seen_run, last_seen_run)
            VALUES (@id, @file, @format, @title, @subtitle, @author, @outlet, @url, @published, @published_inferred,
                    @reference_date, @reference_inferred, @text, @run, @run)
            ON CONFLICT(id) DO UPDATE SET file = excluded.file, format = excluded.format, title = excluded.title,
                subtitle = excluded.subtitle, author = excluded.author, outlet = excluded.outlet, url = excluded.url,
                published = excluded.published, published_inferred = excluded.published_inferred,
                reference_date = excluded.reference_date, reference_inferred = excluded.reference_inferred,
                text = excluded.text, last_seen_run = excluded.last_seen_run
            """,
            [.. ((string[])["@id", "@file", "@format", "@title", "@subtitle", "@author", "@outlet", "@url", "@published",
                "@published_inferred", "@reference_date", "@reference_inferred", "@text", "@run"])
                .Select(name => (name, name.EndsWith("_inferred", StringComparison.Ordinal) ? DbType.Boolean : DbType.String))]);
        var idOfFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReportDocument d in report.Documents)
        {
            rows.Write(d.Id, d.File, d.Format, d.Title, d.Subtitle, d.Author, d.Outlet, d.Url, d.Published,
                d.PublishedInferred, d.ReferenceDate, d.ReferenceInferred, d.Text, run.Id);
            idOfFile[d.File] = d.Id;
        }

        rows.Flush();
        return idOfFile;
    }

    private void SaveFindings(DbTransaction tx, Report report, RunInfo run, Dictionary<string, string> idOfFile)
    {
        using var rows = new RowWriter(_connection, tx, $"""
            INSERT INTO findings(doc_id, kind, start, "end", text, payload, run_id)
            VALUES (@doc, @kind, @start, @end, @text, @payload, @run)
            ON CONFLICT({_backend.FindingKey}) DO UPDATE SET payload = excluded.payload, run_id = excluded.run_id
            """,
            ("@doc", DbType.String), ("@kind", DbType.String), ("@start", DbType.Int32), ("@end", DbType.Int32),
            ("@text", DbType.String), ("@payload", DbType.String), ("@run", DbType.String));

        void Save<T>(IEnumerable<T> items, string kind, JsonTypeInfo<T> type, Func<T, (string Doc, int Start, int End, string Text)> key)
        {
            foreach (T item in items)
            {
                (string file, int start, int end, string text) = key(item);
                if (!idOfFile.TryGetValue(file, out string? docId))
                {
                    throw new InvalidDataException($"a {kind} finding names a document that is not in the report: {file}");
                }

                rows.Write(docId, kind, start, end, text, JsonSerializer.Serialize(item, type), run.Id);
            }
        }

        Save(report.EntityMentions, FindingKinds.Entity, StoreJsonContext.Default.ReportEntityMention, m => (m.Doc, m.Start, m.End, m.Text));
        Save(report.Quotes, FindingKinds.Quote, StoreJsonContext.Default.ReportQuote, q => (q.Doc, q.Start, q.End, q.Text));
        Save(report.Numbers, FindingKinds.Number, StoreJsonContext.Default.ReportNumber, n => (n.Doc, n.Start, n.End, n.Text));
        Save(report.Dates, FindingKinds.Date, StoreJsonContext.Default.ReportDate, d => (d.Doc, d.Start, d.End, d.Text));
        Save(report.CitedSources, FindingKinds.CitedSource, StoreJsonContext.Default.ReportCitedSource, c => (c.Doc, c.Start, c.End, c.Name));
        rows.Flush();
    }

    private void SaveSetFindings(DbTransaction tx, Report report, RunInfo run)
    {
        using var rows = new RowWriter(_connection, tx, "INSERT INTO set_findings(run_id, kind, payload) VALUES (@run, @kind, @payload)",
            ("@run", DbType.String), ("@kind", DbType.String), ("@payload", DbType.String));

        void Save<T>(IEnumerable<T> items, string kind, JsonTypeInfo<T> type)
        {
            foreach (T item in items)
            {
                rows.Write(run.Id, kind, JsonSerializer.Serialize(item, type));
            }
        }

        Save(report.QuoteGroups, FindingKinds.QuoteGroup, StoreJsonContext.Default.ReportQuoteGroup);
        Save(report.NumberFindings, FindingKinds.NumberFinding, StoreJsonContext.Default.ReportNumberFinding);
        Save(report.Timeline, FindingKinds.Timeline, StoreJsonContext.Default.ReportTimelineEntry);
        Save(report.Entities, FindingKinds.Entity, StoreJsonContext.Default.ReportEntity);
        Save(report.ClaimStances, FindingKinds.ClaimStance, StoreJsonContext.Default.ReportClaimStance);
        Save(report.Attributions, FindingKinds.Attribution, StoreJsonContext.Default.ReportAttribution);
        Save(report.Hypotheses, FindingKinds.Hypothesis, StoreJsonContext.Default.ReportHypothesis);
        Save(report.Stances, FindingKinds.Stance, StoreJsonContext.Default.ReportStance);
        Save(report.Ach is null ? [] : [report.Ach], FindingKinds.Ach, StoreJsonContext.Default.ReportAch);
        rows.Flush();
    }
}
