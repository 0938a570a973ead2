using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

public sealed class TimelineBuilderTests
{
    private static DateMention Mention(string doc, int start, string text, PartialDate? value, string? evt) =>
        new(doc, new TextSpan(start, start + text.Length), text, DateKind.Relative, value, false, evt);

    [Fact]
    public void Should_make_one_entry_per_date_sorted_with_every_sources_mentions()
    {
        // Given two documents dating the same day differently, plus other dates and an unresolved one
        var day = new PartialDate(2024, 3, 22);
        DocumentFindings a = new("a")
        {
            Dates = [
                Mention("a", 40, "late Friday", day, "gunmen stormed a concert hall"),
                Mention("a", 90, "2004", new PartialDate(2004), "the school siege"),
                Mention("a", 120, "weeks ago", null, "the embassy warned"),
            ],
        };
        DocumentFindings b = new("b")
        {
            Dates = [
                Mention("b", 10, "22 March 2024", day, "the brutal massacre at the concert hall outside the capital"),
                Mention("b", 50, "March 2024", new PartialDate(2024, 3), "the month of the attack"),
            ],
        };

        // When the timeline is built
        SetFindings set = new TimelineBuilder().Analyze([], [a, b], new SetFindings());

        // Then entries are distinct dates in order, unresolved dates left out, the richest description kept
        set.Timeline.Select(e => e.Date.ToString()).ShouldBe(["2004", "2024-03", "2024-03-22"]);
        TimelineEntry attack = set.Timeline[2];
        attack.Mentions.Select(m => (m.DocId, m.Text)).ShouldBe([("a", "late Friday"), ("b", "22 March 2024")]);
        attack.Description.ShouldBe("the brutal massacre at the concert hall outside the capital");
    }

    [Fact]
    public void Should_fall_back_to_the_date_text_when_no_mention_has_an_event()
    {
        DocumentFindings a = new("a") { Dates = [Mention("a", 0, "Mar 28", new PartialDate(2024, 3, 28), null)] };
        SetFindings set = new TimelineBuilder().Analyze([], [a], new SetFindings());
        set.Timeline.Single().Description.ShouldBe("Mar 28");
    }

    [Fact]
    public void Should_keep_the_other_set_findings()
    {
        var before = new SetFindings { QuoteGroups = [new QuoteGroup("q1", null, [])] };
        new TimelineBuilder().Analyze([], [], before).QuoteGroups.Count.ShouldBe(1);
    }
}
