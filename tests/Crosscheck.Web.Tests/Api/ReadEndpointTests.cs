using System.Net;
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
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Tests.Infrastructure;
using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>The read endpoints of /api on the sample case, checked against the store's own report.</summary>
public sealed class ReadEndpointTests : IDisposable
{
    private readonly WorkspaceFactory _factory;
    private readonly HttpClient _client;
    private readonly Report _stored;

    public ReadEndpointTests(SampleStore sample)
    {
        _factory = new WorkspaceFactory(sample.Settings);
        _client = _factory.CreateClient();
        using var store = new CrosscheckStore(sample.Settings.DbPath);
        _stored = store.LoadLatestReport() ?? throw new InvalidOperationException("empty sample store");
    }

    [Fact]
    public async Task Should_give_the_overview_of_the_five_sources_with_their_counts_and_headlines()
    {
        CaseOverview o = await _factory.Get<CaseOverview>(_client, "/api/case");

        o.Sources.Count.ShouldBe(5);
        o.Sources.Select(s => s.File).ShouldBe(_stored.Documents.Select(d => d.File));
        o.Sources.ShouldAllBe(s => s.Title != null && s.Words > 300 && s.Href.StartsWith("/documents/"));
        o.Totals.Quotes.ShouldBe(_stored.Quotes.Count);
        o.Totals.Numbers.ShouldBe(_stored.Numbers.Count);
        o.Totals.CitedSources.ShouldBe(_stored.CitedSources.Count);
        o.Sources.Sum(s => s.Counts.Quotes).ShouldBe(_stored.Quotes.Count);
        o.Sources.SelectMany(s => s.Cites).ShouldNotBeEmpty();
        o.Headlines.Numbers.ShouldNotBeEmpty();
        o.Headlines.Numbers.ShouldAllBe(n => n.Verdict == "conflict" || n.Verdict == "rising_count");
        o.Headlines.Quotes.ShouldNotBeEmpty();
        o.Headlines.Quotes.ShouldAllBe(q => q.Href.StartsWith("/quotes#group-"));
    }

    [Fact]
    public async Task Should_list_the_documents_and_give_each_with_its_text_and_highlights()
    {
        IReadOnlyList<DocumentSummary> docs = await _factory.Get<List<DocumentSummary>>(_client, "/api/documents");
        docs.Count.ShouldBe(5);

        DocumentDetail d = await _factory.Get<DocumentDetail>(_client, docs[0].Href.Replace("/documents/", "/api/documents/"));

        d.Text.ShouldBe(_stored.Documents[0].Text);
        d.PreviousHref.ShouldBeNull();
        d.NextHref.ShouldBe(docs[1].Href);
        ReportQuote quote = _stored.Quotes.First(q => q.Doc == docs[0].File);
        d.Highlights.ShouldContain(h => h.Kind == "quote" && h.Start == quote.Start && h.End == quote.End && h.Id == CaseSnapshot.Anchor("quote", quote.Start, quote.End));
        d.Highlights.Select(h => h.Kind).Distinct().ShouldBe(["entity", "quote", "number", "date", "cited_source", "stance"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_answer_404_for_a_document_that_is_not_in_the_case()
    {
        HttpResponseMessage response = await _client.GetAsync("/api/documents/no-such-id");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("no document no-such-id");
    }

    [Fact]
    public async Task Should_give_the_quote_ledger_with_diffs_of_reworded_variants()
    {
        QuoteLedger ledger = await _factory.Get<QuoteLedger>(_client, "/api/quotes");

        ledger.Groups.Count.ShouldBe(_stored.QuoteGroups.Count);
        ledger.Quotes.Count.ShouldBe(_stored.Quotes.Count);
        QuoteGroupView reworded = ledger.Groups.First(g => g.Reworded);
        reworded.Variants[0].Diff.ShouldBeNull();
        reworded.Variants[0].ChangedWords.ShouldNotBeEmpty();
        reworded.Variants.Skip(1).SelectMany(v => v.Diff!).ShouldContain(w => w.Kind != DiffKind.Same);
        reworded.Variants.ShouldAllBe(v => v.Href.Contains("#quote-"));
    }

    [Fact]
    public async Task Should_give_each_number_group_with_its_verdict_and_values_in_time_order()
    {
        IReadOnlyList<NumberGroupView> groups = await _factory.Get<List<NumberGroupView>>(_client, "/api/numbers");

        groups.Count.ShouldBe(_stored.NumberFindings.Count);
        groups.Select(g => g.Verdict).ShouldBe(_stored.NumberFindings.Select(f => f.Verdict));
        foreach (NumberGroupView g in groups)
        {
            g.Values.Count.ShouldBe(_stored.NumberFindings[g.Index].Values.Count);
            var dated = g.Values.Select(v => v.Value.AsOf).OfType<string>().ToList();
            dated.ShouldBe(dated.Order(StringComparer.Ordinal).ToList(), $"{g.Label}: values not in time order");
        }
    }

    [Fact]
    public async Task Should_give_the_timeline_with_links_to_the_dates()
    {
        IReadOnlyList<TimelineEntryView> timeline = await _factory.Get<List<TimelineEntryView>>(_client, "/api/timeline");

        timeline.Count.ShouldBe(_stored.Timeline.Count);
        timeline.SelectMany(t => t.Sources).ShouldAllBe(s => s.Href.Contains("#date-") && s.DocNumber >= 1 && s.DocNumber <= 5);
    }

    [Fact]
    public async Task Should_give_the_entity_index_with_mentions_per_source()
    {
        EntityIndex index = await _factory.Get<EntityIndex>(_client, "/api/entities");

        index.Entities.Count.ShouldBe(_stored.Entities.Count);
        index.Edits.ShouldBeEmpty();
        EntityView top = index.Entities[0];
        top.PerDocument.Sum(p => p.Mentions).ShouldBe(top.Mentions);
        top.PerDocument.ShouldAllBe(p => p.Href.Contains("#entity-"));
    }

    [Fact]
    public async Task Should_give_the_hypotheses_as_the_report_has_them()
    {
        HypothesesView v = await _factory.Get<HypothesesView>(_client, "/api/hypotheses");

        v.Hypotheses.Count.ShouldBe(_stored.Hypotheses.Count);
        v.Stances.Count.ShouldBe(_stored.Stances.Count);
        v.ClaimStances.Count.ShouldBe(_stored.ClaimStances.Count);
        (v.Ach is null).ShouldBe(_stored.Ach is null);
    }

    [Fact]
    public async Task Should_search_with_marked_snippets_and_filter_by_kind_source_and_entity()
    {
        SearchResults all = await _factory.Get<SearchResults>(_client, "/api/search?q=blackmail");
        all.Hits.ShouldNotBeEmpty();
        foreach (SearchHitView hit in all.Hits)
        {
            hit.Marks.ShouldNotBeEmpty();
            hit.Marks.ShouldAllBe(m => hit.Snippet.Substring(m.Start, m.End - m.Start).StartsWith("blackmail", StringComparison.OrdinalIgnoreCase));
        }

        SearchResults quotes = await _factory.Get<SearchResults>(_client, "/api/search?q=blackmail&kind=quote");
        quotes.Hits.ShouldNotBeEmpty();
        quotes.Hits.ShouldAllBe(h => h.Kind == "quote" && h.Href.Contains("#quote-"));

        string file = all.Hits[0].Doc;
        SearchResults one = await _factory.Get<SearchResults>(_client, $"/api/search?q=blackmail&doc={Uri.EscapeDataString(file)}");
        one.Hits.ShouldNotBeEmpty();
        one.Hits.ShouldAllBe(h => h.Doc == file);

        ReportEntity rare = _stored.Entities.First(e => e.MentionsPerDoc.Count == 1);
        string only = rare.MentionsPerDoc.Keys.Single();
        SearchResults byEntity = await _factory.Get<SearchResults>(_client, $"/api/search?q=the&entity={Uri.EscapeDataString(rare.Name)}");
        byEntity.Hits.ShouldNotBeEmpty();
        byEntity.Hits.ShouldAllBe(h => h.Doc == only);
    }

    [Fact]
    public async Task Should_link_a_text_match_to_the_marked_words_in_the_document()
    {
        SearchResults r = await _factory.Get<SearchResults>(_client, "/api/search?q=negligence&kind=document");
        r.Hits.ShouldNotBeEmpty();
        SearchHitView hit = r.Hits[0];
        hit.Href.ShouldContain("?mark=");

        string mark = hit.Href.Split("?mark=")[1].Split('#')[0];
        int start = int.Parse(mark.Split('-')[0]), end = int.Parse(mark.Split('-')[1]);
        _stored.Documents.Single(d => d.File == hit.Doc).Text[start..end].ShouldBe("negligence", StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task Should_report_no_analysis_running_at_first()
    {
        JobStatus job = await _factory.Get<JobStatus>(_client, "/api/jobs/current");

        job.State.ShouldBe("idle");
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
