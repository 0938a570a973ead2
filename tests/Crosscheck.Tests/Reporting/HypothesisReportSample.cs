using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Model;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using static Crosscheck.Tests.Hypotheses.AchFixtures;

namespace Crosscheck.Tests.Reporting;

/// <summary>A report with hypotheses, stances and an ACH matrix, built by the real ReportBuilder from hand-built stances.</summary>
public static class HypothesisReportSample
{
    public const string UserText = "Agents of <b>Norland</b> & friends helped";

    public static Report Build()
    {
        IReadOnlyList<Hypothesis> hypotheses = [.. AllHypotheses, new Hypothesis("u1", UserText, HypothesisKind.User, "Norland", "e2", true)];
        var set = new SetFindings
        {
            Hypotheses = hypotheses,
            Stances = AllStances,
            Ach = AchBuilder.Build(hypotheses, AllStances, Documents, Findings),
        };
        return ReportBuilder.Build(new AnalysisResult(Documents, Findings, set, []), new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    }
}
