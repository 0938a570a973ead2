using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

/// <summary>Counts of different groups (a part of a larger count, another kind of person, two groups of one sentence).</summary>
public sealed class NumberScopeTests
{
    [Theory]
    [InlineData("Police detained eleven people, including four suspected gunmen.", "four", "gunmen", true)]
    [InlineData("Nine people died, among them six children.", "six", "children", true)]
    [InlineData("The raid killed 13 US soldiers and dozens of Afghans.", "dozens", "afghans", false)]
    [InlineData("Police detained eleven people.", "eleven", "", false)]
    public void Should_read_the_counted_group(string text, string number, string label, bool subset)
    {
        int start = text.IndexOf(number, StringComparison.Ordinal);
        CountedGroup g = CountedScope.Of(text, new TextSpan(start, start + number.Length));
        g.Label.ShouldBe(label);
        g.IsSubset.ShouldBe(subset);
    }

    public static TheoryData<string, string, string, NumberVerdict> Sets => new()
    {
        { "a subset with 'including' and a later role count", "Police said they detained a total of eleven people, including four suspected gunmen.", "All four terrorists had been apprehended.", NumberVerdict.ScopeDifference },
        { "a role count that falls below a count of people", "Police arrested 11 people.", "Police arrested 4 gunmen.", NumberVerdict.ScopeDifference },
        { "a count of people that falls", "Police arrested 11 people.", "Police arrested 4 people.", NumberVerdict.Conflict },
        { "two groups of one sentence", "The bombing killed 13 soldiers and dozens of civilians.", "The bombing killed 13 soldiers.", NumberVerdict.ScopeDifference },
        { "a toll of people that rises", "The bombing killed 60 people.", "The bombing killed 133 people.", NumberVerdict.RisingCount },
    };

    [Theory]
    [MemberData(nameof(Sets))]
    public void Should_judge_counts_of_different_groups(string name, string first, string later, NumberVerdict expected)
    {
        // Given an early and a later report
        AnnotatedDocument a = NumberTestDocs.Annotate(first, new PartialDate(2023, 5, 1), "a");
        AnnotatedDocument b = NumberTestDocs.Annotate(later, new PartialDate(2023, 5, 4), "b");
        var extractor = new NumberExtractor();

        // When the set is compared
        SetFindings set = new NumberComparer().Analyze(
            [a, b], [extractor.Extract(a, new DocumentFindings("a")), extractor.Extract(b, new DocumentFindings("b"))], new SetFindings());

        // Then the one group of values has the expected verdict
        NumberFinding f = set.NumberFindings.Single();
        TestContext.Current.TestOutputHelper?.WriteLine($"{name}: {f.Verdict}: {f.Explanation}");
        f.Verdict.ShouldBe(expected, name);
    }

    [Fact]
    public void Should_accept_a_value_inside_an_earlier_range()
    {
        // Given "20-24" then 22 on the same day
        var range = new NumberMention("a", new TextSpan(0, 5), "20-24", 20, Qualifier.AtLeast, "killed", true, null, null, new PartialDate(2023, 5, 1), false, false) { ValueHigh = 24 };
        var exact = new NumberMention("b", new TextSpan(0, 2), "22", 22, Qualifier.Exact, "killed", true, null, null, new PartialDate(2023, 5, 1), false, false);
        var above = exact with { Text = "30", Value = 30 };

        // Then 22 fits the range and 30 does not
        NumberComparer.Judge(NumberComparer.MainEvent, "killed", [range, exact], new Dictionary<string, AnnotatedDocument>()).Verdict.ShouldBe(NumberVerdict.Consistent);
        NumberComparer.Judge(NumberComparer.MainEvent, "killed", [range, above], new Dictionary<string, AnnotatedDocument>()).Verdict.ShouldBe(NumberVerdict.Conflict);
    }
}
