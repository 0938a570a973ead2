using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
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
using Crosscheck.Kinds.Claims.Stance;
using Crosscheck.Store;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class ClaimStanceAnalyzerTests : IDisposable
{
    private const string Refuting = """
        Dam failure rumours denied

        Engineers said on Monday that the dam did not fail. Posts claiming the dam burst are false, the water authority said.
        The reservoir level is normal. Residents were told to ignore the hoax.
        """;

    private const string Confirming = """
        Dam bursts after storm

        The dam burst on Monday after a week of heavy rain, flooding three villages downstream.
        Rescue teams reached the villages by boat. The dam was built in 1962.
        """;

    private const string Unrelated = """
        Chess club wins regional title

        The school chess club won the regional title on Saturday after a tense final round.
        The team will play in the national finals next month.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-claims-").FullName;

    public ClaimStanceAnalyzerTests()
    {
        File.WriteAllText(Path.Combine(_dir, "refuting.txt"), Refuting);
        File.WriteAllText(Path.Combine(_dir, "confirming.txt"), Confirming);
        File.WriteAllText(Path.Combine(_dir, "unrelated.txt"), Unrelated);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private AnalysisResult Run(params string[] claims) => AnalysisPipelineBuilder.CreateDefault().WithClaims(claims).Build().Run([_dir]);

    [Fact]
    public void Should_add_nothing_without_claims()
    {
        Run().Set.ClaimStances.ShouldBeEmpty();
    }

    [Fact]
    public void Should_give_each_article_a_stance_toward_each_claim_with_evidence_from_its_body()
    {
        AnalysisResult result = Run("The dam burst", "Schools will close");

        result.Set.ClaimStances.Count.ShouldBe(6);
        Dictionary<string, ClaimStance> dam = result.Set.ClaimStances.Where(c => c.Claim == "The dam burst")
            .ToDictionary(c => result.Documents.First(d => d.Id == c.DocId).Document.File);
        dam["unrelated.txt"].Stance.ShouldBe("unrelated");
        dam["unrelated.txt"].Evidence.ShouldBeEmpty();
        dam["confirming.txt"].Stance.ShouldBeOneOf("agree", "discuss");
        dam["refuting.txt"].Stance.ShouldBeOneOf("disagree", "discuss");
        foreach (ClaimStance c in dam.Values)
        {
            c.Confidence.ShouldBeInRange(0.25, 1.0);
            AnnotatedDocument doc = result.Documents.First(d => d.Id == c.DocId);
            c.Evidence.Count.ShouldBeLessThanOrEqualTo(ClaimEvidence.MaxSentences);
            foreach (TextSpan s in c.Evidence)
            {
                s.Start.ShouldBeGreaterThanOrEqualTo(doc.Document.BodyStart);
                doc.Text[s.Start..s.End].ShouldContain("dam", Case.Insensitive);
            }
        }

        // The refuting article's evidence prefers its sentences with a refuting cue.
        AnnotatedDocument refuting = result.Documents.First(d => d.Document.File == "refuting.txt");
        dam["refuting.txt"].Evidence.Select(s => refuting.Text[s.Start..s.End]).ShouldContain(t => t.Contains("did not fail") || t.Contains("false"));
    }

    [Fact]
    public void Should_use_the_given_classifier()
    {
        var analyzer = new ClaimStanceAnalyzer(["The dam burst", " ", "The dam burst"], () => new Always(StanceLabel.Disagree));
        AnalysisResult result = AnalysisPipelineBuilder.CreateDefault().Build().Run([_dir]);

        SetFindings set = analyzer.Analyze(result.Documents, result.Findings, result.Set);

        analyzer.Claims.ShouldBe(["The dam burst"]);
        set.ClaimStances.Count.ShouldBe(3);
        set.ClaimStances.ShouldAllBe(c => c.Stance == "disagree" && c.Confidence == 0.7);
    }

    [Fact]
    public void Should_carry_claim_stances_through_the_report_and_the_store()
    {
        AnalysisResult result = Run("The dam burst");
        Report report = ReportBuilder.Build(result, DateTimeOffset.UnixEpoch);
        string db = Path.Combine(_dir, "store.db");

        using (var store = new CrosscheckStore(db))
        {
            store.Save(report, RunInfo.Create(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, [_dir]));
        }

        Report? loaded;
        using (var store = new CrosscheckStore(db))
        {
            loaded = store.LoadLatestReport();
        }

        report.ClaimStances.Count.ShouldBe(3);
        ReportClaimStance first = report.ClaimStances.First(c => c.Evidence.Count > 0);
        ReportDocument doc = report.Documents.First(d => d.File == first.Doc);
        doc.Text[first.Evidence[0].Start..first.Evidence[0].End].ShouldBe(first.Evidence[0].Text);
        loaded.ShouldNotBeNull();
        loaded.ClaimStances.ShouldBe(report.ClaimStances, ignoreOrder: false, comparer: new ClaimComparer());
        MarkdownReportWriter.Write(report).ShouldContain("## Claims");
        HtmlReportWriter.Write(report).ShouldContain("id=\"claims\"");
        MarkdownReportWriter.Write(report with { ClaimStances = [] }).ShouldNotContain("## Claims");
    }

    private sealed class Always(StanceLabel label) : IStanceClassifier
    {
        public StancePrediction Predict(string claim, string body)
        {
            double[] p = [0.1, 0.1, 0.1, 0.1];
            p[(int)label] = 0.7;
            return new StancePrediction(label, p);
        }
    }

    private sealed class ClaimComparer : IEqualityComparer<ReportClaimStance>
    {
        public bool Equals(ReportClaimStance? x, ReportClaimStance? y) =>
            x is not null && y is not null && x.Claim == y.Claim && x.Doc == y.Doc && x.Stance == y.Stance
            && Math.Abs(x.Confidence - y.Confidence) < 1e-12 && x.Evidence.SequenceEqual(y.Evidence);

        public int GetHashCode(ReportClaimStance obj) => obj.Doc.GetHashCode(StringComparison.Ordinal);
    }
}
