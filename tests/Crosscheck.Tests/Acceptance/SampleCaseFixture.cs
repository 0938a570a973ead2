using Crosscheck.Lab.Evaluation;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reporting;

namespace Crosscheck.Tests.Acceptance;

/// <summary>Analyzes the sample case once and scores it against its gold file.</summary>
public sealed class SampleCaseFixture
{
    public SampleCaseFixture()
    {
        Result = AnalysisPipelineBuilder.CreateDefault().Build().Run([TestPaths.SampleCase]);
        Report = ReportBuilder.Build(Result, DateTimeOffset.UnixEpoch);
        Score = CaseScorer.Score(Report, Path.Combine(TestPaths.SampleCase, "gold.json"));
    }

    public AnalysisResult Result { get; }

    public Report Report { get; }

    public CaseScore Score { get; }
}
