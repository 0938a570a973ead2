using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Quotes;

public sealed class QuoteLedgerTests
{
    private static Quote Q(string doc, int at, string text, string? speaker, QuoteKind kind = QuoteKind.Direct) =>
        new(doc, new TextSpan(at, at + text.Length), text, kind, speaker, null, "said");

    [Theory]
    // spelling variants
    [InlineData("We will not allow anyone to destabilise the organisation of our elections", "We will not allow anyone to destabilize the organization of our elections")]
    [InlineData("The harbour was closed because of the colour of the smoke, analysts said the data was analysed", "the harbor was closed because of the color of the smoke")]
    // added or dropped words
    [InlineData("these measures amount to open coercion and an attempt to frighten and divide our nation", "open coercion and the attempt to frighten and divide our nation")]
    // two translations of one warning
    [InlineData("militants have concrete plans to strike crowded places in the capital, including stadiums, within the next two days", "planned militant strike in the capital — possibly aimed at crowded places, including stadiums")]
    public void Should_group_reports_of_the_same_statement(string a, string b)
    {
        // Given the same statement as two outlets report it
        IReadOnlyList<QuoteGroup> groups = QuoteLedger.Group([Q("d1", 10, a, "Maria Lopez"), Q("d2", 40, b, "Lopez")]);

        // Then they form one group
        groups.Count.ShouldBe(1);
        groups[0].Id.ShouldBe("q1");
        groups[0].Members.Select(m => m.DocId).ShouldBe(["d1", "d2"]);
        groups[0].Speaker.ShouldBe("Maria Lopez");
    }

    [Theory]
    // the same speaker, two different statements on the same subject
    [InlineData("The government will raise taxes on large companies next year", "The government will cut spending on defense programs next year")]
    [InlineData("We will find the culprits wherever they hide", "We will rebuild every house that was destroyed")]
    // opposite polarity
    [InlineData("the bombing was carried out by foreign agents", "the bombing was not carried out by foreign agents")]
    // a few shared topical words
    [InlineData("The floods destroyed bridges across the northern province", "Aid convoys reached the northern province after the floods")]
    public void Should_keep_different_statements_apart(string a, string b)
    {
        IReadOnlyList<QuoteGroup> groups = QuoteLedger.Group([Q("d1", 10, a, "Maria Lopez"), Q("d2", 40, b, "Maria Lopez")]);
        groups.ShouldBeEmpty();
    }

    [Fact]
    public void Should_require_a_high_overlap_when_speakers_differ()
    {
        // Given similar words attributed to two different people
        Quote a = Q("d1", 0, "the talks collapsed because the other side refused every compromise", "Maria Lopez");
        Quote b = Q("d2", 0, "the talks collapsed because the other side refused to negotiate at all", "John Reed");

        // Then they are not one statement; with a compatible speaker they are
        QuoteLedger.Group([a, b]).ShouldBeEmpty();
        QuoteLedger.Group([a, b with { Speaker = null }]).Count.ShouldBe(1);
    }

    [Fact]
    public void Should_skip_scare_quotes_singletons_and_same_document_pairs()
    {
        IReadOnlyList<QuoteGroup> groups = QuoteLedger.Group([
            Q("d1", 0, "rogue state", null, QuoteKind.Scare),
            Q("d2", 0, "rogue state", null, QuoteKind.Scare),
            Q("d1", 50, "prices will keep rising until the summer", "Ann Lee"),
            Q("d1", 90, "prices will keep rising until the summer", "Ann Lee"),
            Q("d3", 0, "an entirely unrelated statement about fishing quotas", "Bo Chen"),
        ]);
        groups.ShouldBeEmpty();
    }

    [Fact]
    public void Should_number_groups_in_order_of_first_appearance()
    {
        IReadOnlyList<QuoteGroup> groups = QuoteLedger.Group([
            Q("d1", 0, "the river will crest on Thursday evening near the dam", "Ann Lee"),
            Q("d1", 80, "every family in the valley must leave before noon", "Bo Chen"),
            Q("d2", 0, "every family in the valley must leave before noon", "Bo Chen"),
            Q("d2", 60, "the river will crest on Thursday evening", "Lee"),
        ]);
        groups.Select(g => g.Id).ShouldBe(["q1", "q2"]);
        groups[0].Members[0].Text.ShouldStartWith("the river");
        groups[1].Speaker.ShouldBe("Bo Chen");
    }

    [Theory]
    [InlineData("destabilise", "destabilize")]
    [InlineData("organisations", "organizations")]
    [InlineData("favour", "favor")]
    [InlineData("analyse", "analyze")]
    public void Should_fold_british_spellings(string uk, string us) =>
        QuoteText.Stem(QuoteText.FoldSpelling(uk)).ShouldBe(QuoteText.Stem(QuoteText.FoldSpelling(us)));
}
