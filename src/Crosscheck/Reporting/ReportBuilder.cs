using System.Globalization;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>
/// Turns an <see cref="AnalysisResult"/> into the <see cref="Report"/> that every renderer, the store and the web API read.
/// Each finding kind maps its own findings (Kinds/&lt;Kind&gt;/Records/…Report); this class only assembles them.
/// </summary>
public static class ReportBuilder
{
    public static Report Build(AnalysisResult result, DateTimeOffset generatedAt)
    {
        var c = new ReportContext(result);
        return new Report(
            Tool: "crosscheck",
            GeneratedAt: generatedAt.ToString("o", CultureInfo.InvariantCulture),
            Documents: [.. result.Documents.Select(a => ToReport(a.Document))],
            Quotes: QuoteReport.Quotes(c),
            QuoteGroups: QuoteReport.Groups(c),
            Numbers: NumberReport.Numbers(c),
            NumberFindings: NumberReport.Findings(c),
            Dates: DateReport.Dates(c),
            Timeline: DateReport.Timeline(c),
            Entities: EntityReport.Entities(c),
            EntityMentions: EntityReport.Mentions(c),
            CitedSources: CitedSourceReport.CitedSources(c),
            Problems: [.. result.Problems.Select(p => new ReportProblem(p.File, p.Reason))])
        {
            Attributions = AttributionReport.Attributions(c),
            ClaimStances = ClaimStanceReport.ClaimStances(c),
            Hypotheses = HypothesisReport.Hypotheses(c),
            Stances = HypothesisReport.Stances(c),
            Ach = HypothesisReport.Ach(c),
        };
    }

    private static ReportDocument ToReport(Document d) => new(
        d.Id, d.File, Snake(d.Format), d.Title, d.Subtitle, d.Author, d.Outlet, d.Url,
        d.Published?.ToString(), d.PublishedInferred, d.ReferenceDate?.ToString(), d.ReferenceInferred, d.Text)
    {
        BodyStart = Math.Clamp(d.BodyStart, 0, d.Text.Length),
        ReferenceBasis = d.ReferenceInferred ? d.ReferenceBasis : null,
    };

    /// <summary>"MoreThan" → "more_than": the report's spelling of enum values (<see cref="ReportContext.Snake{T}"/>).</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum => ReportContext.Snake(value);
}
