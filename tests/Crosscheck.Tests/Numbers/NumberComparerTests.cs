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

public sealed class NumberComparerTests
{
    private static readonly Dictionary<string, AnnotatedDocument> NoDocs = [];

    private static NumberMention N(double value, Qualifier q = Qualifier.Exact, PartialDate? asOf = null, bool vague = false, string doc = "d", bool inferred = false) =>
        new(doc, new TextSpan(0, 1), value.ToString(System.Globalization.CultureInfo.InvariantCulture), value, q, "killed", true, null, null, asOf, inferred, vague);

    private static readonly PartialDate Day1 = new(2023, 5, 1);
    private static readonly PartialDate Day2 = new(2023, 5, 2);
    private static readonly PartialDate Day5 = new(2023, 5, 5);

    public static TheoryData<string, string, NumberMention[], NumberVerdict> Groups => new()
    {
        { "one value", "killed", [N(10)], NumberVerdict.Consistent },
        { "same value twice", "killed", [N(10, asOf: Day1), N(10, asOf: Day2)], NumberVerdict.Consistent },
        { "lower bounds and an exact value that fits", "injured", [N(145, Qualifier.MoreThan), N(100, Qualifier.MoreThan), N(180)], NumberVerdict.Consistent },
        { "about and nearly overlap", "killed", [N(100, Qualifier.About), N(95, Qualifier.Nearly)], NumberVerdict.Consistent },
        { "up to and exact below", "attendees", [N(500, Qualifier.UpTo), N(420)], NumberVerdict.Consistent },
        { "a toll that rises over days", "killed", [N(60, Qualifier.AtLeast, Day1), N(115, asOf: Day2), N(133, asOf: Day5)], NumberVerdict.RisingCount },
        { "exact values with unknown dates cannot be ordered", "killed", [N(133), N(139, Qualifier.AtLeast), N(140, Qualifier.MoreThan)], NumberVerdict.CannotTell },
        { "differing values as of one inferred day", "killed", [N(9, asOf: Day2, inferred: true), N(10, asOf: Day2, inferred: true)], NumberVerdict.CannotTell },
        { "a rise dated only in part", "injured", [N(20, asOf: Day1), N(25, asOf: Day5), N(30)], NumberVerdict.CannotTell },
        { "head-noun counts that differ", "soldiers", [N(400), N(300)], NumberVerdict.CannotTell },
        { "sums of money that differ", "money_usd", [N(800_000_000), N(924_000_000)], NumberVerdict.CannotTell },
        { "head-noun counts that agree", "soldiers", [N(400), N(400)], NumberVerdict.Consistent },
        { "a later vague figure is no fall", "detained", [N(30, asOf: Day1), N(24, asOf: Day5, vague: true), N(40, asOf: Day5)], NumberVerdict.RisingCount },
        { "a count that falls", "killed", [N(140, asOf: Day1), N(100, asOf: Day5)], NumberVerdict.Conflict },
        { "two values for the same day", "killed", [N(40, asOf: Day2), N(50, asOf: Day2)], NumberVerdict.Conflict },
        { "a non-cumulative measure that differs", "attackers", [N(4), N(7)], NumberVerdict.Conflict },
    };

    [Theory]
    [MemberData(nameof(Groups))]
    public void Should_give_a_verdict_for_a_group(string name, string measure, NumberMention[] values, NumberVerdict expected)
    {
        // When a group of values for one measure is judged
        (NumberVerdict verdict, string explanation) = NumberComparer.Judge(NumberComparer.MainEvent, measure, values, NoDocs);

        // Then the verdict fits, and the explanation names every value
        verdict.ShouldBe(expected, name);
        foreach (NumberMention v in values)
        {
            explanation.ShouldContain(v.Text);
        }
    }

    [Fact]
    public void Should_call_counts_of_different_groups_a_scope_difference()
    {
        // Given two documents: one counts soldiers of one country, the other counts people
        AnnotatedDocument a = NumberTestDocs.Annotate("The attack killed 13 Freedonian soldiers.", new PartialDate(2023, 5, 1), "a");
        AnnotatedDocument b = NumberTestDocs.Annotate("The attack killed 5 people.", new PartialDate(2023, 5, 3), "b");
        var extractor = new Crosscheck.Kinds.Numbers.NumberExtractor();
        DocumentFindings fa = extractor.Extract(a, new DocumentFindings("a"));
        DocumentFindings fb = extractor.Extract(b, new DocumentFindings("b"));

        // When the set is compared
        SetFindings set = new NumberComparer().Analyze([a, b], [fa, fb], new SetFindings());

        // Then the two counts of "killed" differ in scope, not in fact
        NumberFinding f = set.NumberFindings.Single();
        f.Measure.ShouldBe("killed");
        f.Verdict.ShouldBe(NumberVerdict.ScopeDifference);
        f.Explanation.ShouldContain("freedonian soldiers");
    }

    [Fact]
    public void Should_group_by_event_and_measure_and_order_values_in_time()
    {
        AnnotatedDocument a = NumberTestDocs.Annotate("Gunmen killed 20 people. In 2015, a bombing killed 9 people.", new PartialDate(2023, 5, 4), "a");
        AnnotatedDocument b = NumberTestDocs.Annotate("Gunmen killed 12 people and injured 30. In 2015, bombings killed 9 people.", new PartialDate(2023, 5, 2), "b");
        var extractor = new Crosscheck.Kinds.Numbers.NumberExtractor();
        SetFindings set = new NumberComparer().Analyze(
            [a, b], [extractor.Extract(a, new DocumentFindings("a")), extractor.Extract(b, new DocumentFindings("b"))], new SetFindings());

        set.NumberFindings.Select(f => (f.Event, f.Measure, f.Verdict)).ShouldBe([
            (NumberComparer.MainEvent, "killed", NumberVerdict.RisingCount),
            (NumberComparer.MainEvent, "injured", NumberVerdict.Consistent),
            ("bombing, 2015", "killed", NumberVerdict.Consistent),
        ]);
        set.NumberFindings[0].Values.Select(v => v.Value).ShouldBe([12, 20]);
    }

    [Fact]
    public void Should_see_a_rising_toll_and_consistent_injuries_in_the_sample_case()
    {
        // Given the sample case's extracted numbers
        var docs = NumberSample.Documents;
        SetFindings set = new NumberComparer().Analyze(docs, NumberSample.Findings, new SetFindings());

        // Then the main event's killed figures rise and its injured figures agree
        NumberFinding killed = set.NumberFindings.Single(f => f.IsMainEvent && f.Measure == "killed");
        NumberFinding injured = set.NumberFindings.Single(f => f.IsMainEvent && f.Measure == "injured");
        TestContext.Current.TestOutputHelper?.WriteLine($"killed: {killed.Verdict}: {killed.Explanation}");
        TestContext.Current.TestOutputHelper?.WriteLine($"injured: {injured.Verdict}: {injured.Explanation}");
        killed.Verdict.ShouldBe(NumberVerdict.RisingCount);
        killed.Values.Where(v => !v.IsVague).Select(v => v.Value).Order().ShouldBe([60, 130, 133, 133, 139, 139, 140]);
        injured.Verdict.ShouldBe(NumberVerdict.Consistent);
        injured.Values.Select(v => v.Value).Order().ShouldBe([100, 145, 180]);
    }
}
