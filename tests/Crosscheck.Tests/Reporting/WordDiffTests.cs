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
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

public sealed class WordDiffTests
{
    [Theory]
    [InlineData("we will rebuild the market", "we will rebuild the market", "we will rebuild the market")]
    [InlineData("We will rebuild the market,", "we will rebuild the market.", "we will rebuild the market.")]
    [InlineData("outright blackmail and an intention", "these actions resemble outright blackmail and the intention",
        "+these +actions +resemble outright blackmail and -an +the intention")]
    [InlineData("Islamic organizations really", "Islamic organisations really", "Islamic -organizations +organisations really")]
    [InlineData("", "new words", "+new +words")]
    [InlineData("old words", "", "-old -words")]
    public void Should_mark_inserted_and_removed_words(string from, string to, string expected)
    {
        // When two quote variants are diffed word by word
        IReadOnlyList<DiffWord> script = WordDiff.Diff(from, to).ShouldNotBeNull();

        // Then unchanged words are plain, inserted ones +, removed ones -
        string.Join(' ', script.Select(w => w.Kind switch { DiffKind.Inserted => "+" + w.Text, DiffKind.Removed => "-" + w.Text, _ => w.Text }))
            .ShouldBe(expected);
    }

    [Theory]
    [InlineData("We will rebuild the market,", "we will rebuild the market.", true)]
    [InlineData("Moscow — potentially", "Moscow potentially", true)]
    [InlineData("an intention", "the intention", false)]
    public void Should_compare_wording_without_case_or_punctuation(string a, string b, bool same) =>
        WordDiff.SameWording(a, b).ShouldBe(same);

    [Fact]
    public void Should_not_diff_texts_longer_than_the_limit()
    {
        string longText = string.Join(' ', Enumerable.Repeat("word", WordDiff.MaxWords + 1));

        WordDiff.Diff(longText, "word").ShouldBeNull();
    }

    [Fact]
    public void Should_render_the_diff_in_the_quote_ledger()
    {
        // Given a group whose second variant adds one word and drops another
        Report sample = ReportSamples.Small();
        ReportQuoteGroup g = sample.QuoteGroups[0];
        Report report = sample with
        {
            QuoteGroups = [g with { Variants = [g.Variants[0], g.Variants[1] with { Text = "We shall rebuild the market." }] }],
        };

        string html = HtmlReportWriter.Write(report);

        // Then the ledger marks both words, and the reference marks the word the other version left out
        html.ShouldContain("We <del>will</del> <ins>shall</ins> rebuild the market.");
        html.ShouldContain("We <mark class=\"diff\">will</mark> rebuild the market,");
        html.ShouldContain("<span class=\"badge v-reworded\">reworded</span>");
    }
}
