using Crosscheck.Model;
using Shouldly;
using Xunit;

using static Crosscheck.Tests.Quotes.QuoteTestDocuments;

namespace Crosscheck.Tests.Quotes;

/// <summary>Each construction on invented news text.</summary>
public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text, IReadOnlyList<EntityMention>? entities = null)
    {
        IReadOnlyList<Quote> quotes = QuoteTestDocuments.Extract(text, entities);
        foreach (Quote q in quotes)
        {
            q.Span.Slice(text).ShouldContain(q.Text);
            if (q.SpeakerSpan is { } s)
            {
                s.Slice(text).Length.ShouldBeGreaterThan(0);
            }
        }

        return quotes;
    }

    [Theory]
    // speaker before, colon
    [InlineData("Finance Minister Clara Oduya said: “We will balance the budget within two years.”", "balance the budget", "Clara Oduya", "said")]
    // quote first, name and verb after
    [InlineData("“The bridge is safe for traffic again,” Mayor Tom Haskins told reporters on Friday.", "bridge is safe", "Tom Haskins", "told")]
    // quote first, inverted verb
    [InlineData("“Nobody expected the river to rise this fast,” said Ingrid Solberg, a local farmer.", "river to rise", "Ingrid Solberg", "said")]
    // appositive between name and verb
    [InlineData("“We have enough vaccine for everyone,” Paulo Mendes, the head of the health agency, also said.", "enough vaccine", "Paulo Mendes", "said")]
    // role before the name, after the quote
    [InlineData("“The strike will continue until our demands are met,” the union’s chief negotiator, Leila Haddad, vowed on Monday.", "strike will continue", "Leila Haddad", "vowed")]
    // organization as speaker, straight quotes
    [InlineData("The National Weather Service warned that \"a dangerous storm surge is expected along the coast tonight.\"", "storm surge", "National Weather Service", "warned")]
    // outlet with "as … notes"
    [InlineData("As the Daily Ledger notes, “the factory had failed three safety inspections before the fire.”", "three safety inspections", "Daily Ledger", "notes")]
    // according to
    [InlineData("According to a report in the Harbor Gazette, “the port will stay closed for at least a month.”", "port will stay closed", "Harbor Gazette", "According to")]
    // "put it"
    [InlineData("As Senator Ruth Kagame put it in a 2019 interview: “Trade wars have no winners.”", "Trade wars", "Ruth Kagame", "put it")]
    // medium: "wrote on"
    [InlineData("Opposition leader Samuel Otieno wrote on Telegram: “The election results were falsified in four districts.”", "falsified", "Samuel Otieno", "wrote")]
    // outlet after the quote, editorial bracket
    [InlineData("\"[A]s the water receded, residents returned to find their homes in ruins,\" the Coastal Times reported in May 2021.", "water receded", "Coastal Times", "reported")]
    public void Should_attribute_direct_quotes(string text, string contains, string speaker, string cue)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldNotBe(QuoteKind.Scare);
        q.Speaker.ShouldBe(speaker);
        q.Cue.ShouldBe(cue);
        q.Text.ShouldNotStartWith("“");
        q.Span.Slice(text)[0].ShouldBeOneOf('“', '"');
    }

    [Fact]
    public void Should_give_both_parts_of_a_split_quote_the_speaker()
    {
        const string text = "“The dam held,” engineer Priya Natarajan said. “But another night of rain could change that.”";
        IReadOnlyList<Quote> quotes = Extract(text);
        Single(quotes, "dam held").Speaker.ShouldBe("Priya Natarajan");
        Single(quotes, "another night of rain").Speaker.ShouldBe("Priya Natarajan");
    }

    [Fact]
    public void Should_attribute_a_quote_to_the_speaker_of_the_previous_sentence()
    {
        const string text = "On Tuesday, Governor Elena Varga suggested that the state could not afford new roads. “Where would the money come from?”";
        Quote q = Single(Extract(text), "Where would the money");
        q.Speaker.ShouldBe("Elena Varga");
        q.Kind.ShouldBe(QuoteKind.Direct);
    }

    [Fact]
    public void Should_resolve_pronouns_and_surnames_to_the_fullest_name()
    {
        const string text = "Prime Minister Aiko Tanaka spoke to parliament on Monday.\n"
            + "“Our reserves are sufficient for the winter,” she said.\n"
            + "Later, Tanaka added that “no household will be left without heating.”";
        IReadOnlyList<Quote> quotes = Extract(text);
        Single(quotes, "reserves are sufficient").Speaker.ShouldBe("Aiko Tanaka");
        Single(quotes, "no household").Speaker.ShouldBe("Aiko Tanaka");
    }

    [Fact]
    public void Should_use_the_entity_extractors_canonical_name()
    {
        const string text = "“We are ready,” Okafor said.";
        var entity = new EntityMention("t", new TextSpan(16, 22), "Okafor", EntityType.Person, "Chidi Okafor");
        Single(Extract(text, [entity]), "We are ready").Speaker.ShouldBe("Chidi Okafor");
    }

    [Fact]
    public void Should_report_partial_quotes_with_their_speaker()
    {
        const string text = "Foreign Minister Jonas Berg described the proposal as a “dangerous” idea that amounts to “an open invitation to chaos and lawlessness.”";
        IReadOnlyList<Quote> quotes = Extract(text);
        Quote partial = Single(quotes, "open invitation");
        partial.Kind.ShouldBe(QuoteKind.Partial);
        partial.Speaker.ShouldBe("Jonas Berg");
        Single(quotes, "dangerous").Kind.ShouldBe(QuoteKind.Scare);
    }

    [Theory]
    [InlineData("The president called it “a shameful act of cowardice” in a short address.", "shameful act")]
    [InlineData("In a statement, Chancellor Ute Lang spoke of the “cowardly assault,” promising a full inquiry.", "cowardly assault")]
    public void Should_treat_short_fragments_with_a_speech_verb_as_partial_quotes(string text, string contains)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldBe(QuoteKind.Partial);
    }

    [Theory]
    [InlineData("Critics dismissed the plan as a so-called “peace dividend” that never came.", "peace dividend")]
    [InlineData("The minister sent a “friendly” reminder to the banks.", "friendly")]
    [InlineData("The mayor repeatedly attacked the protesters, calling them “parasites” in a speech.", "parasites")]
    [InlineData("Residents in the “red zone” were told to leave.", "red zone")]
    [InlineData("Officials said the “temporary” measures could last for years.", "temporary")]
    public void Should_mark_scare_quotes_without_a_speaker(string text, string contains)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldBe(QuoteKind.Scare);
        q.Speaker.ShouldBeNull();
        q.Cue.ShouldBeNull();
    }

    [Fact]
    public void Should_find_block_quotes_introduced_by_a_source_and_a_colon()
    {
        const string text = "According to the Northern Chronicle, which first broke the story:\n"
            + "The ministry had received three warnings about the pipeline before the leak, but none of them reached the minister.\n"
            + "The result was predictable.";
        Quote q = Extract(text).Single(x => x.Kind == QuoteKind.Block);
        q.Speaker.ShouldBe("Northern Chronicle");
        q.Text.ShouldStartWith("The ministry had received");
        q.Span.Slice(text).ShouldBe(q.Text);
    }

    [Fact]
    public void Should_not_take_the_authors_own_list_for_a_block_quote()
    {
        const string text = "My argument is simple:\n"
            + "The city borrowed too much money during the boom years and now cannot repay any of its many creditors on time.\n"
            + "Therefore, the council must sell assets.";
        Extract(text).ShouldNotContain(q => q.Kind == QuoteKind.Block);
    }

    [Fact]
    public void Should_keep_a_quote_running_over_several_sentences_whole()
    {
        const string text = "“We lost everything. The house, the car, the photographs. There is nothing left,” said Amara Diallo.";
        Quote q = Extract(text).Single();
        q.Text.ShouldStartWith("We lost everything.");
        q.Text.ShouldEndWith("nothing left");
        q.Speaker.ShouldBe("Amara Diallo");
    }
}
