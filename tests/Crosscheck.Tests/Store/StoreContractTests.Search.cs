using Crosscheck.Store;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

public abstract partial class StoreContractTests
{
    [Fact]
    public void Should_find_a_word_in_a_document_and_in_a_quote_with_highlighted_snippets()
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(), Run("r1"));

        IReadOnlyList<SearchHit> hits = store.Search("rebuild", 10);

        SearchHit quote = hits.First(h => h.Kind == FindingKinds.Quote);
        quote.Snippet.ShouldContain("[rebuild]");
        quote.Start.ShouldNotBeNull();
        ReportSamples.TextA.Substring(quote.Start!.Value, quote.End!.Value - quote.Start.Value).ShouldContain("rebuild");
        hits.Where(h => h.Kind == FindingKinds.Document).Select(h => h.File).ShouldBe(["a.txt", "b.txt"], ignoreOrder: true);
        hits.First(h => h.File == "a.txt" && h.Kind == FindingKinds.Document).Title.ShouldBe("Market fire kills 12");
        hits.TakeWhile(h => h.Kind != FindingKinds.Document).Count().ShouldBe(hits.Count(h => h.Kind != FindingKinds.Document));

        store.Search("Officials", 10).ShouldHaveSingleItem().Snippet.ShouldContain("[Officials]");
        store.Search("Ledger", 10).Select(h => h.Kind).ShouldBe([FindingKinds.CitedSource, FindingKinds.Document]);
        store.Search("rebui*", 10).Count.ShouldBe(hits.Count);
        store.Search("rebuild", 1).Count.ShouldBe(1);
    }

    [Fact]
    public void Should_match_words_whatever_their_case_and_all_of_them()
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(), Run("r1"));

        store.Search("OFFICIALS").Select(h => h.File).ShouldBe(["a.txt"]);
        store.Search("killed police", 10).Where(h => h.Kind == FindingKinds.Document).Select(h => h.File).ShouldBe(["b.txt"]);
        store.Search("reporters:", 10).Select(h => h.File).ShouldBe(["b.txt"]);
        store.Search("fire", 10, "<mark>", "</mark>").First(h => h.Kind == FindingKinds.Document).Snippet.ShouldContain("<mark>");
        store.Search("rebuild flooding").ShouldBeEmpty();
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
    [InlineData("market & !rebuild | (fire <-> kills)")]
    [InlineData("'market':* \\")]
    public void Should_not_throw_on_malicious_or_odd_queries(string query)
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(), Run("r1"));

        IReadOnlyList<SearchHit> hits = Should.NotThrow(() => store.Search(query, 10));

        hits.ShouldNotBeNull();
        store.Counts().Documents.ShouldBe(2);
    }
}
