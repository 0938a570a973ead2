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

public sealed class HtmlHighlighterTests
{
    [Fact]
    public void Should_split_overlapping_highlights_into_properly_nested_spans()
    {
        // Given a quote [0,6) overlapped by a number [3,9) that contains an entity [3,6), and an empty date at 5
        Highlight[] highlights =
        [
            new(0, 6, "quote", "q", null),
            new(3, 9, "number", "n", null),
            new(3, 6, "entity", "e", null),
            new(5, 5, "date", "d", null),
        ];

        string html = HtmlHighlighter.Render("abcdefghij", highlights);

        // Then the number is closed with the quote and reopened without its id
        html.ShouldBe(
            "<span class=\"hl h-quote\" id=\"q\">abc<span class=\"hl h-number\" id=\"n\"><span class=\"hl h-entity\" id=\"e\">de" +
            "<span class=\"hl h-date\" id=\"d\"></span>f</span></span></span><span class=\"hl h-number cont\">ghi</span>j");
    }

    [Theory]
    [InlineData(0, 3, "<span class=\"hl h-quote\" id=\"x\" title=\"say &quot;hi&quot;\">&lt;b&gt;</span> &amp; c")]
    [InlineData(-1, 3, "&lt;b&gt; &amp; c")]
    [InlineData(2, 99, "&lt;b&gt; &amp; c")]
    [InlineData(4, 2, "&lt;b&gt; &amp; c")]
    public void Should_escape_text_and_titles_and_ignore_spans_outside_the_text(int start, int end, string expected) =>
        HtmlHighlighter.Render("<b> & c", [new Highlight(start, end, "quote", "x", "say \"hi\"")]).ShouldBe(expected);

    [Fact]
    public void Should_keep_spans_balanced_for_many_random_overlaps()
    {
        var random = new Random(7);
        string text = new('x', 200);
        Highlight[] highlights = [.. Enumerable.Range(0, 60).Select(i =>
        {
            int a = random.Next(0, 200), b = random.Next(0, 200);
            return new Highlight(Math.Min(a, b), Math.Max(a, b), i % 2 == 0 ? "quote" : "entity", $"f{i}", null);
        })];

        string html = HtmlHighlighter.Render(text, highlights);

        HtmlChecks.SpansAreBalanced(html).ShouldBeTrue();
        html.Replace("<span", "\u0001").Count(c => c == '\u0001').ShouldBeGreaterThanOrEqualTo(60);
        foreach (Highlight h in highlights)
        {
            html.ShouldContain($"id=\"{h.Id}\"");
        }
    }
}
