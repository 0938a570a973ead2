using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Model;
using Crosscheck.Reporting;
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
