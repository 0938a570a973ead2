using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Common;
using Crosscheck.Reporting.Writers;
using Crosscheck.Store;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>
/// The store's behaviour, the same on every back end: each subclass (<see cref="SqliteStoreTests"/>,
/// <see cref="PostgresStoreTests"/>) gives a fresh, empty database per test and runs every test here.
/// </summary>
public abstract partial class StoreContractTests
{
    private string? _db;

    /// <summary>This test's database, as <c>--db</c> takes it (made on first use).</summary>
    protected string Db => _db ??= NewDatabase();

    /// <summary>"SQLite" or "PostgreSQL".</summary>
    protected abstract string ExpectedBackend { get; }

    /// <summary>A fresh, empty database (a file path or a connection string).</summary>
    protected abstract string NewDatabase();

    private static RunInfo Run(string id) =>
        new(id, new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 5, 10, 0, 1, TimeSpan.Zero), ["in"]);

    private static int FindingCount(Report r) =>
        r.Quotes.Count + r.Numbers.Count + r.Dates.Count + r.EntityMentions.Count + r.CitedSources.Count;

    [Fact]
    public void Should_open_the_back_end_the_db_value_names_at_the_latest_schema()
    {
        using var store = new CrosscheckStore(Db);

        store.Backend.ShouldBe(ExpectedBackend);
        store.SchemaVersion.ShouldBe(2);
        store.Counts().ShouldBe(new StoreCounts(0, 0, 0, 0));
        store.LoadLatestReport().ShouldBeNull();
    }

    [Fact]
    public void Should_not_duplicate_documents_or_findings_when_saving_the_same_report_twice()
    {
        // Given a report saved once
        Report report = ReportSamples.Small();
        using var store = new CrosscheckStore(Db);
        store.Save(report, Run("r1"));
        StoreCounts first = store.Counts();

        // When the same report is saved again by a second run
        store.Save(report, Run("r2"));
        StoreCounts second = store.Counts();

        // Then documents and findings stay the same; only the run is added
        first.Documents.ShouldBe(2);
        first.Findings.ShouldBe(FindingCount(report));
        second.Documents.ShouldBe(first.Documents);
        second.Findings.ShouldBe(first.Findings);
        second.Runs.ShouldBe(2);
        second.SetFindings.ShouldBe(2 * first.SetFindings);
    }

    [Fact]
    public void Should_keep_the_first_documents_when_a_later_run_adds_one()
    {
        using (var store = new CrosscheckStore(Db))
        {
            store.Save(ReportSamples.Small(), Run("r1"));
        }

        // Reopening the store: the schema is created only once
        using var reopened = new CrosscheckStore(Db);
        reopened.Save(ReportSamples.Small(withThird: true), Run("r2"));

        reopened.Counts().Documents.ShouldBe(3);
        reopened.LoadLatestReport().ShouldNotBeNull().Documents.Select(d => d.File).ShouldBe(["a.txt", "b.txt", "c.txt"]);
        reopened.Search("valley flooding").Select(h => h.File).ShouldContain("c.txt");
        reopened.Search("Officials").Select(h => h.File).ShouldContain("a.txt");
    }

    [Fact]
    public void Should_leave_previous_data_intact_when_a_save_fails_midway()
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(), Run("r1"));
        StoreCounts before = store.Counts();

        // When a later save fails after its documents and findings were written
        store.OnSaveStep = step =>
        {
            if (step == "findings")
            {
                throw new InvalidOperationException("forced failure");
            }
        };
        Should.Throw<InvalidOperationException>(() => store.Save(ReportSamples.Small(withThird: true), Run("r2")));
        store.OnSaveStep = null;

        // Then nothing of the failed run is there, and the first run is whole
        store.Counts().ShouldBe(before);
        store.Search("valley").ShouldBeEmpty();
        Report latest = store.LoadLatestReport().ShouldNotBeNull();
        latest.Documents.Select(d => d.File).ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Should_rebuild_the_latest_report_from_the_store()
    {
        Report report = ReportSamples.Small();
        using var store = new CrosscheckStore(Db);
        store.Save(report, Run("r1"));

        Report loaded = store.LoadLatestReport().ShouldNotBeNull();

        loaded.Documents.ShouldBe(report.Documents);
        loaded.Quotes.ShouldBe(report.Quotes);
        loaded.Numbers.ShouldBe(report.Numbers);
        loaded.Dates.ShouldBe(report.Dates);
        loaded.CitedSources.ShouldBe(report.CitedSources);
        loaded.Problems.ShouldBe(report.Problems);
        loaded.QuoteGroups.Single().Variants.ShouldBe(report.QuoteGroups.Single().Variants);
        loaded.NumberFindings.Single().Verdict.ShouldBe("rising_count");
        loaded.Entities.Select(e => e.Name).ShouldBe(report.Entities.Select(e => e.Name));
        loaded.EntityMentions.ShouldBe(report.EntityMentions, ignoreOrder: true);
    }

    [Fact]
    public void Should_rebuild_hypotheses_stances_and_the_matrix_from_the_store()
    {
        Report report = HypothesisReportSample.Build();
        using var store = new CrosscheckStore(Db);
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
        using var store = new CrosscheckStore(Db);
        store.Save(report, new RunInfo("r1", new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 5, 1, 12, 0, 1, TimeSpan.Zero), ["in"]));

        Report loaded = store.LoadLatestReport().ShouldNotBeNull();

        ReportAttribution back = loaded.Attributions.ShouldHaveSingleItem();
        back.Source.ShouldBe("Mara Voss");
        back.CueSpan.ShouldBe(attribution.CueSpan);
        back.ContentSpans.ShouldBe(attribution.ContentSpans);
    }

    [Fact]
    public void Should_load_the_run_that_finished_last_and_its_inputs()
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(withThird: true), new RunInfo("late", new DateTimeOffset(2024, 3, 6, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 6, 9, 0, 5, TimeSpan.Zero), ["late-folder"]));
        store.Save(ReportSamples.Small(), Run("early"));

        // A document belongs to the last run that saw it: of the run that finished last, only the third is left
        store.LatestRunInputs().ShouldBe(["late-folder"]);
        store.LoadLatestReport().ShouldNotBeNull().Documents.Select(d => d.File).ShouldBe(["c.txt"]);
    }
}
