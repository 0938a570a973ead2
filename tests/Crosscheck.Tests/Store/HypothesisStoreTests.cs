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
using Crosscheck.Store;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

public sealed class HypothesisStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-store-hyp-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_rebuild_hypotheses_stances_and_the_matrix_from_the_store()
    {
        Report report = HypothesisReportSample.Build();
        using var store = new CrosscheckStore(Path.Combine(_dir, "crosscheck.db"));
        store.Save(report, new RunInfo("r1", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 5, 1, 12, 0, 1, TimeSpan.Zero), ["in"]));

        Report loaded = store.LoadLatestReport().ShouldNotBeNull();

        loaded.Hypotheses.ShouldBe(report.Hypotheses);
        loaded.Stances.Count.ShouldBe(report.Stances.Count);
        for (int i = 0; i < report.Stances.Count; i++)
        {
            loaded.Stances[i].ShouldBe(report.Stances[i] with { Evidence = loaded.Stances[i].Evidence });
            loaded.Stances[i].Evidence.ShouldBe(report.Stances[i].Evidence);
        }

        ReportAch ach = loaded.Ach.ShouldNotBeNull();
        ach.Hypotheses.ShouldBe(report.Ach!.Hypotheses);
        ach.Scores.ShouldBe(report.Ach.Scores);
        ach.Rows.Select(r => r.Cells).ShouldBe(report.Ach.Rows.Select(r => r.Cells));
        ach.Rows.Select(r => r with { Cells = report.Ach.Rows[0].Cells }).ShouldBe(report.Ach.Rows.Select(r => r with { Cells = report.Ach.Rows[0].Cells }));
        HtmlReportWriter.Write(loaded).ShouldBe(HtmlReportWriter.Write(report));
    }

    [Fact]
    public void Should_keep_the_attributions_of_a_run()
    {
        var attribution = new ReportAttribution("a.txt", "Mara Voss", "said", "the bridge will reopen in May",
            new ReportEvidence("Mara Voss", 0, 9), new ReportEvidence("said", 10, 14), [new ReportEvidence("the bridge will reopen in May", 15, 44)]);
        Report report = HypothesisReportSample.Build() with { Attributions = [attribution] };
        using var store = new CrosscheckStore(Path.Combine(_dir, "attributions.db"));
        store.Save(report, new RunInfo("r1", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 5, 1, 12, 0, 1, TimeSpan.Zero), ["in"]));

        Report loaded = store.LoadLatestReport().ShouldNotBeNull();

        ReportAttribution back = loaded.Attributions.ShouldHaveSingleItem();
        back.Source.ShouldBe("Mara Voss");
        back.CueSpan.ShouldBe(attribution.CueSpan);
        back.ContentSpans.ShouldBe(attribution.ContentSpans);
    }
}
