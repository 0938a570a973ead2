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
using System.Data.Common;

namespace Crosscheck.Store;

public sealed partial class CrosscheckStore
{
    /// <summary>The report of the latest run, rebuilt from the store, or null when the store is empty.</summary>
    public Report? LoadLatestReport()
    {
        using DbCommand latest = Command($"SELECT id, problems, generated_at FROM runs ORDER BY finished_at DESC, {_backend.InsertionOrder} DESC LIMIT 1");
        string runId, problemsJson, generatedAt;
        using (DbDataReader r = latest.ExecuteReader())
        {
            if (!r.Read())
            {
                return null;
            }

            (runId, problemsJson, generatedAt) = (r.GetString(0), r.GetString(1), r.GetString(2));
        }

        var documents = new List<ReportDocument>();
        using (DbCommand cmd = Command($"""
            SELECT id, file, format, title, subtitle, author, outlet, url, published, published_inferred,
                   reference_date, reference_inferred, text
            FROM documents WHERE last_seen_run = @run ORDER BY {_backend.InsertionOrder}
            """))
        {
            Add(cmd, "@run", runId);
            using DbDataReader r = cmd.ExecuteReader();
            while (r.Read())
            {
                documents.Add(new ReportDocument(
                    r.GetString(0), r.GetString(1), r.GetString(2), Nullable(r, 3), Nullable(r, 4), Nullable(r, 5),
                    Nullable(r, 6), Nullable(r, 7), Nullable(r, 8), r.GetBoolean(9), Nullable(r, 10), r.GetBoolean(11), r.GetString(12)));
            }
        }

        return new Report(
            Tool: "crosscheck",
            GeneratedAt: generatedAt,
            Documents: documents,
            Quotes: Findings(runId, FindingKinds.Quote, StoreJsonContext.Default.ReportQuote),
            QuoteGroups: SetFindings(runId, FindingKinds.QuoteGroup, StoreJsonContext.Default.ReportQuoteGroup),
            Numbers: Findings(runId, FindingKinds.Number, StoreJsonContext.Default.ReportNumber),
            NumberFindings: SetFindings(runId, FindingKinds.NumberFinding, StoreJsonContext.Default.ReportNumberFinding),
            Dates: Findings(runId, FindingKinds.Date, StoreJsonContext.Default.ReportDate),
            Timeline: SetFindings(runId, FindingKinds.Timeline, StoreJsonContext.Default.ReportTimelineEntry),
            Entities: SetFindings(runId, FindingKinds.Entity, StoreJsonContext.Default.ReportEntity),
            EntityMentions: Findings(runId, FindingKinds.Entity, StoreJsonContext.Default.ReportEntityMention),
            CitedSources: Findings(runId, FindingKinds.CitedSource, StoreJsonContext.Default.ReportCitedSource),
            Problems: JsonSerializer.Deserialize(problemsJson, StoreJsonContext.Default.IReadOnlyListReportProblem) ?? [])
        {
            ClaimStances = SetFindings(runId, FindingKinds.ClaimStance, StoreJsonContext.Default.ReportClaimStance),
            Attributions = SetFindings(runId, FindingKinds.Attribution, StoreJsonContext.Default.ReportAttribution),
            Hypotheses = SetFindings(runId, FindingKinds.Hypothesis, StoreJsonContext.Default.ReportHypothesis),
            Stances = SetFindings(runId, FindingKinds.Stance, StoreJsonContext.Default.ReportStance),
            Ach = SetFindings(runId, FindingKinds.Ach, StoreJsonContext.Default.ReportAch).FirstOrDefault(),
        };
    }

    private List<T> Findings<T>(string runId, string kind, JsonTypeInfo<T> type)
    {
        using DbCommand cmd = Command($"""
            SELECT f.payload FROM findings f JOIN documents d ON d.id = f.doc_id
            WHERE f.run_id = @run AND f.kind = @kind ORDER BY d.{_backend.InsertionOrder}, f.start, f."end", f.id
            """);
        Add(cmd, "@run", runId);
        Add(cmd, "@kind", kind);
        return ReadPayloads(cmd, type);
    }

    private List<T> SetFindings<T>(string runId, string kind, JsonTypeInfo<T> type)
    {
        using DbCommand cmd = Command("SELECT payload FROM set_findings WHERE run_id = @run AND kind = @kind ORDER BY id");
        Add(cmd, "@run", runId);
        Add(cmd, "@kind", kind);
        return ReadPayloads(cmd, type);
    }

    private static List<T> ReadPayloads<T>(DbCommand cmd, JsonTypeInfo<T> type)
    {
        var items = new List<T>();
        using DbDataReader r = cmd.ExecuteReader();
        while (r.Read())
        {
            items.Add(JsonSerializer.Deserialize(r.GetString(0), type) ?? throw new InvalidDataException("empty payload in the store"));
        }

        return items;
    }
}
