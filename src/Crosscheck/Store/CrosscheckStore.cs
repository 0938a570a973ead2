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
using Microsoft.Data.Sqlite;

namespace Crosscheck.Store;

/// <summary>
/// The SQLite store of analysis runs: documents (keyed by content hash), per-document findings (keyed
/// by document, kind and span, so that re-running on the same input updates rows instead of adding
/// them), runs and their cross-document results, and a full-text index over all of it.
/// It stores the <see cref="Report"/> model, the same schema the renderers read.
/// Each <see cref="Save"/> is one transaction: a failure leaves the store as it was.
/// </summary>
public sealed partial class CrosscheckStore : IDisposable
{
    private readonly SqliteConnection _connection;

    public CrosscheckStore(string dbPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dbPath);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dbPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            ForeignKeys = true,
        };
        _connection = new SqliteConnection(builder.ToString());
        try
        {
            _connection.Open();
            Execute("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
            CreateSchema();
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>Called with the name of each step of a save; a test hook to force a failure midway.</summary>
    internal Action<string>? OnSaveStep { get; set; }

    /// <summary>Stores a run and its report. Documents and findings seen before are updated, never duplicated.</summary>
    public void Save(Report report, RunInfo run)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(run);
        using SqliteTransaction tx = _connection.BeginTransaction();
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

    private void CreateSchema()
    {
        using SqliteTransaction tx = _connection.BeginTransaction();
        Execute(StoreSchema.Create, tx);
        using SqliteCommand read = Command("SELECT max(version) FROM schema_version", tx);
        object? found = read.ExecuteScalar();
        if (found is null or DBNull)
        {
            Execute($"INSERT INTO schema_version(version) VALUES ({StoreSchema.Version})", tx);
        }
        else if (Convert.ToInt32(found, CultureInfo.InvariantCulture) > StoreSchema.Version)
        {
            throw new InvalidDataException($"the store was written by a newer crosscheck (schema version {found}, this one knows {StoreSchema.Version})");
        }

        tx.Commit();
    }

    private void SaveRun(SqliteTransaction tx, Report report, RunInfo run)
    {
        using SqliteCommand cmd = Command("""
            INSERT INTO runs(id, started_at, finished_at, inputs, documents, problems, generated_at)
            VALUES ($id, $started, $finished, $inputs, $documents, $problems, $generated)
            ON CONFLICT(id) DO UPDATE SET started_at = excluded.started_at, finished_at = excluded.finished_at,
                inputs = excluded.inputs, documents = excluded.documents, problems = excluded.problems, generated_at = excluded.generated_at
            """, tx);
        cmd.Parameters.AddWithValue("$id", run.Id);
        cmd.Parameters.AddWithValue("$started", run.StartedAt.ToString("o", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$finished", run.FinishedAt.ToString("o", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$inputs", JsonSerializer.Serialize(run.Inputs, StoreJsonContext.Default.IReadOnlyListString));
        cmd.Parameters.AddWithValue("$documents", report.Documents.Count);
        cmd.Parameters.AddWithValue("$problems", JsonSerializer.Serialize(report.Problems, StoreJsonContext.Default.IReadOnlyListReportProblem));
        cmd.Parameters.AddWithValue("$generated", report.GeneratedAt);
        cmd.ExecuteNonQuery();

        using SqliteCommand clear = Command("DELETE FROM set_findings WHERE run_id = $id", tx);
        clear.Parameters.AddWithValue("$id", run.Id);
        clear.ExecuteNonQuery();
    }

    private Dictionary<string, string> SaveDocuments(SqliteTransaction tx, Report report, RunInfo run)
    {
        using SqliteCommand cmd = Command("""
            INSERT INTO documents(id, file, format, title, subtitle, author, outlet, url, published, published_inferred,
                                  reference_date, reference_inferred, text, first_seen_run, last_seen_run)
            VALUES ($id, $file, $format, $title, $subtitle, $author, $outlet, $url, $published, $published_inferred,
                    $reference_date, $reference_inferred, $text, $run, $run)
            ON CONFLICT(id) DO UPDATE SET file = excluded.file, format = excluded.format, title = excluded.title,
                subtitle = excluded.subtitle, author = excluded.author, outlet = excluded.outlet, url = excluded.url,
                published = excluded.published, published_inferred = excluded.published_inferred,
                reference_date = excluded.reference_date, reference_inferred = excluded.reference_inferred,
                text = excluded.text, last_seen_run = excluded.last_seen_run
            """, tx);
        string[] names = ["$id", "$file", "$format", "$title", "$subtitle", "$author", "$outlet", "$url", "$published",
            "$published_inferred", "$reference_date", "$reference_inferred", "$text", "$run"];
        foreach (string name in names)
        {
            cmd.Parameters.Add(new SqliteParameter(name, null));
        }

        cmd.Prepare();
        var idOfFile = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReportDocument d in report.Documents)
        {
            object?[] values = [d.Id, d.File, d.Format, d.Title, d.Subtitle, d.Author, d.Outlet, d.Url, d.Published,
                d.PublishedInferred, d.ReferenceDate, d.ReferenceInferred, d.Text, run.Id];
            for (int i = 0; i < values.Length; i++)
            {
                cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            cmd.ExecuteNonQuery();
            idOfFile[d.File] = d.Id;
        }

        return idOfFile;
    }

    private void SaveFindings(SqliteTransaction tx, Report report, RunInfo run, Dictionary<string, string> idOfFile)
    {
        using SqliteCommand cmd = Command("""
            INSERT INTO findings(doc_id, kind, start, "end", text, payload, run_id)
            VALUES ($doc, $kind, $start, $end, $text, $payload, $run)
            ON CONFLICT(doc_id, kind, start, "end", text) DO UPDATE SET payload = excluded.payload, run_id = excluded.run_id
            """, tx);
        foreach (string name in (string[])["$doc", "$kind", "$start", "$end", "$text", "$payload", "$run"])
        {
            cmd.Parameters.Add(new SqliteParameter(name, null));
        }

        cmd.Prepare();
        cmd.Parameters["$run"].Value = run.Id;

        void Add<T>(IEnumerable<T> items, string kind, JsonTypeInfo<T> type, Func<T, (string Doc, int Start, int End, string Text)> key)
        {
            foreach (T item in items)
            {
                (string doc, int start, int end, string text) = key(item);
                if (!idOfFile.TryGetValue(doc, out string? docId))
                {
                    throw new InvalidDataException($"a {kind} finding names a document that is not in the report: {doc}");
                }

                cmd.Parameters["$doc"].Value = docId;
                cmd.Parameters["$kind"].Value = kind;
                cmd.Parameters["$start"].Value = start;
                cmd.Parameters["$end"].Value = end;
                cmd.Parameters["$text"].Value = text;
                cmd.Parameters["$payload"].Value = JsonSerializer.Serialize(item, type);
                cmd.ExecuteNonQuery();
            }
        }

        Add(report.EntityMentions, FindingKinds.Entity, StoreJsonContext.Default.ReportEntityMention, m => (m.Doc, m.Start, m.End, m.Text));
        Add(report.Quotes, FindingKinds.Quote, StoreJsonContext.Default.ReportQuote, q => (q.Doc, q.Start, q.End, q.Text));
        Add(report.Numbers, FindingKinds.Number, StoreJsonContext.Default.ReportNumber, n => (n.Doc, n.Start, n.End, n.Text));
        Add(report.Dates, FindingKinds.Date, StoreJsonContext.Default.ReportDate, d => (d.Doc, d.Start, d.End, d.Text));
        Add(report.CitedSources, FindingKinds.CitedSource, StoreJsonContext.Default.ReportCitedSource, c => (c.Doc, c.Start, c.End, c.Name));
    }

    private void SaveSetFindings(SqliteTransaction tx, Report report, RunInfo run)
    {
        using SqliteCommand cmd = Command("INSERT INTO set_findings(run_id, kind, payload) VALUES ($run, $kind, $payload)", tx);
        cmd.Parameters.AddWithValue("$run", run.Id);
        cmd.Parameters.Add(new SqliteParameter("$kind", null));
        cmd.Parameters.Add(new SqliteParameter("$payload", null));
        cmd.Prepare();

        void Add<T>(IEnumerable<T> items, string kind, JsonTypeInfo<T> type)
        {
            foreach (T item in items)
            {
                cmd.Parameters["$kind"].Value = kind;
                cmd.Parameters["$payload"].Value = JsonSerializer.Serialize(item, type);
                cmd.ExecuteNonQuery();
            }
        }

        Add(report.QuoteGroups, FindingKinds.QuoteGroup, StoreJsonContext.Default.ReportQuoteGroup);
        Add(report.NumberFindings, FindingKinds.NumberFinding, StoreJsonContext.Default.ReportNumberFinding);
        Add(report.Timeline, FindingKinds.Timeline, StoreJsonContext.Default.ReportTimelineEntry);
        Add(report.Entities, FindingKinds.Entity, StoreJsonContext.Default.ReportEntity);
        Add(report.ClaimStances, FindingKinds.ClaimStance, StoreJsonContext.Default.ReportClaimStance);
        Add(report.Attributions, FindingKinds.Attribution, StoreJsonContext.Default.ReportAttribution);
        Add(report.Hypotheses, FindingKinds.Hypothesis, StoreJsonContext.Default.ReportHypothesis);
        Add(report.Stances, FindingKinds.Stance, StoreJsonContext.Default.ReportStance);
        Add(report.Ach is null ? [] : [report.Ach], FindingKinds.Ach, StoreJsonContext.Default.ReportAch);
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        SqliteCommand cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private void Execute(string sql, SqliteTransaction? tx = null)
    {
        using SqliteCommand cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    private long Scalar(string sql)
    {
        using SqliteCommand cmd = Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
