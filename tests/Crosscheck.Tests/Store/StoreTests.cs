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

public sealed class StoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-store-").FullName;

    private string DbPath => Path.Combine(_dir, "crosscheck.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static RunInfo Run(string id) =>
        new(id, new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 5, 10, 0, 1, TimeSpan.Zero), ["in"]);

    private static int FindingCount(Report r) =>
        r.Quotes.Count + r.Numbers.Count + r.Dates.Count + r.EntityMentions.Count + r.CitedSources.Count;

    [Fact]
    public void Should_not_duplicate_documents_or_findings_when_saving_the_same_report_twice()
    {
        // Given a report saved once
        Report report = ReportSamples.Small();
        using var store = new CrosscheckStore(DbPath);
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
        using (var store = new CrosscheckStore(DbPath))
        {
            store.Save(ReportSamples.Small(), Run("r1"));
        }

        // Reopening the file: the schema is created only once
        using var reopened = new CrosscheckStore(DbPath);
        reopened.Save(ReportSamples.Small(withThird: true), Run("r2"));

        reopened.Counts().Documents.ShouldBe(3);
        reopened.Search("valley flooding").Select(h => h.File).ShouldContain("c.txt");
        reopened.Search("Officials").Select(h => h.File).ShouldContain("a.txt");
    }

    [Fact]
    public void Should_find_a_word_in_a_document_and_in_a_quote_with_highlighted_snippets()
    {
        using var store = new CrosscheckStore(DbPath);
        store.Save(ReportSamples.Small(), Run("r1"));

        IReadOnlyList<SearchHit> hits = store.Search("rebuild", 10);

        SearchHit quote = hits.First(h => h.Kind == FindingKinds.Quote);
        quote.Snippet.ShouldContain("[rebuild]");
        quote.Start.ShouldNotBeNull();
        ReportSamples.TextA.Substring(quote.Start!.Value, quote.End!.Value - quote.Start.Value).ShouldContain("rebuild");
        hits.Where(h => h.Kind == FindingKinds.Document).Select(h => h.File).ShouldBe(["a.txt", "b.txt"], ignoreOrder: true);
        hits.First(h => h.File == "a.txt" && h.Kind == FindingKinds.Document).Title.ShouldBe("Market fire kills 12");

        store.Search("Officials", 10).ShouldHaveSingleItem().Snippet.ShouldContain("[Officials]");
        store.Search("Ledger", 10).Select(h => h.Kind).ShouldBe([FindingKinds.CitedSource, FindingKinds.Document]);
        store.Search("rebui*", 10).Count.ShouldBe(hits.Count);
        store.Search("rebuild", 1).Count.ShouldBe(1);
    }

    [Fact]
    public void Should_leave_previous_data_intact_when_a_save_fails_midway()
    {
        using var store = new CrosscheckStore(DbPath);
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

    [Theory]
    [InlineData("\"text")]
    [InlineData("AND")]
    [InlineData("OR NOT")]
    [InlineData("market AND")]
    [InlineData("NEAR(market rebuild)")]
    [InlineData("title:market")]
    [InlineData("*")]
    [InlineData("\"\"\"")]
    [InlineData("-market ^rebuild")]
    [InlineData("market'); DROP TABLE documents; --")]
    [InlineData("(((")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000market")]
    public void Should_not_throw_on_malicious_or_odd_queries(string query)
    {
        using var store = new CrosscheckStore(DbPath);
        store.Save(ReportSamples.Small(), Run("r1"));

        IReadOnlyList<SearchHit> hits = Should.NotThrow(() => store.Search(query, 10));

        hits.ShouldNotBeNull();
        store.Counts().Documents.ShouldBe(2);
    }

    [Theory]
    [InlineData("AND", "\"AND\"")]
    [InlineData("\"text", "\"text\"")]
    [InlineData("market fire", "\"market\" \"fire\"")]
    [InlineData("rebui*", "\"rebui\"*")]
    [InlineData("-- ()", null)]
    public void Should_quote_every_word_of_a_query(string input, string? expected) =>
        FtsQuery.Sanitize(input).ShouldBe(expected);

    [Fact]
    public void Should_rebuild_the_latest_report_from_the_store()
    {
        Report report = ReportSamples.Small();
        using var store = new CrosscheckStore(DbPath);
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
        loaded.Entities.Select(e => e.Name).ShouldBe(["Ana Lopes", "Reuters"]);
        loaded.EntityMentions.Count.ShouldBe(report.EntityMentions.Count);
    }
}
