using Crosscheck.Lab.Evaluation;
using Crosscheck.Model;
using Crosscheck.Pipeline;
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
