using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Quotes;

/// <summary>
/// Who said it, rule by rule (invented news text): descriptions linked to a name only where the text links them,
/// speakers after the quote, the subject of a clause that carries a quote, continuations and quoted titles.
/// </summary>
public sealed class QuoteSpeakerRuleTests
{
    private static Quote Find(string text, string contains) =>
        QuoteTestDocuments.Extract(text).Single(q => q.Text.Contains(contains, StringComparison.Ordinal));

    // ---- 1. a definite description names the person the text links it to, else stays a description

    [Theory]
    // apposition: "Jo Reyes, a spokesman for …"
    [InlineData("Jo Reyes, a spokesman for the Harbour Authority, said the port would reopen.\n\nMayor Ana Ruiz praised the crews on Monday.\n\n"
        + "The spokesman also said the repairs were \"nearly complete and on budget.\"", "nearly complete", "Jo Reyes")]
    // a role before the name: "Harbour Authority spokesman Jo Reyes"
    [InlineData("Harbour Authority spokesman Jo Reyes said the port would reopen.\n\nMayor Ana Ruiz praised the crews on Monday.\n\n"
        + "The spokesman also said the repairs were \"nearly complete and on budget.\"", "nearly complete", "Jo Reyes")]
    // the role noun set before the name with a comma: "her father, Karl Marsh,"
    [InlineData("Ivo Marsh left for the coast in May. Her father, Karl Marsh, spoke to reporters on Friday.\n\n"
        + "Ivo Marsh \"wanted to see the sea before the winter,\" her father said.", "see the sea", "Karl Marsh")]
    public void Should_link_a_description_to_the_name_the_text_sets_beside_it(string text, string contains, string speaker)
    {
        Find(text, contains).Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void Should_keep_a_description_that_was_introduced_without_a_name()
    {
        const string text = "A senior Harbour Authority spokesman said on Monday that Mayor Ana Ruiz had been told of the leak.\n\n"
            + "The spokesman also said there was \"no risk to the public at this time.\"";
        string? speaker = Find(text, "no risk to the public").Speaker;
        speaker.ShouldNotBeNull();
        speaker.ShouldNotContain("Ruiz");
        speaker.ShouldContain("spokesman", Case.Insensitive);
    }

    [Theory]
    [InlineData("In an official statement, the Ministry of Works confirmed the leak on Monday. The statement, however, played down the damage and said the water had spread in a \"slow and harmless way\".", "slow and harmless", "Ministry of Works")]
    [InlineData("In an official statement, the Lakeland works ministry confirmed the leak on Monday. The statement, however, played down the damage and said the water had spread in a \"slow and harmless way\".", "slow and harmless", "the Lakeland works ministry")]
    [InlineData("A Daily Ledger report on Monday described the flood in detail.\n\nMayor Ana Ruiz visited the town.\n\n\"Some families left with nothing but their clothes,\" the report said.", "nothing but their clothes", "Daily Ledger")]
    public void Should_name_who_issued_the_statement_a_description_refers_back_to(string text, string contains, string speaker)
    {
        Find(text, contains).Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void Should_read_a_party_member_after_the_as_a_description_of_the_person_named_before()
    {
        const string text = "Senator Ana Ruiz (D-Ore.) spoke on the floor on Monday.\n\n"
            + "The Lakeside Democrat said the bill was \"a disgrace to the whole chamber.\"\n\n"
            + "\"We will not vote for it,\" she said.";
        Find(text, "a disgrace").Speaker.ShouldBe("Ana Ruiz");
        Find(text, "will not vote").Speaker.ShouldBe("Ana Ruiz");
    }

    [Fact]
    public void Should_give_a_relative_without_a_name_as_the_description_not_the_person_talked_about()
    {
        const string text = "Ivo Marsh \"drove to the coast every summer to paint the boats,\" his father said.";
        string? speaker = Find(text, "drove to the coast").Speaker;
        speaker.ShouldNotBe("Ivo Marsh");
        speaker.ShouldBe("his father");
    }

    [Fact]
    public void Should_resolve_it_to_the_outlet_that_is_the_recent_subject()
    {
        const string text = "The Lakeside Voice said it had taken the figure from rumours.\n\n"
            + "\"Our story gives the figure as a rumour and the headline has been changed,\" it said in a statement. \"We regret the error in the first headline.\"";
        Find(text, "Our story gives").Speaker.ShouldBe("Lakeside Voice");
        Find(text, "regret the error").Speaker.ShouldBe("Lakeside Voice");
    }

    [Fact]
    public void Should_take_a_role_with_a_prepositional_phrase_as_the_speaker_not_the_object_of_the_preposition()
    {
        const string text = "Asked for comment on Wednesday, a spokesman for Ana Ruiz said the information came from a \"very reliable source\" in the port.";
        string? speaker = Find(text, "very reliable source").Speaker;
        speaker.ShouldNotBeNull();
        speaker.ShouldStartWith("a spokesman for");
    }

    [Fact]
    public void Should_not_read_a_speech_noun_after_a_possessive_name_as_a_cue()
    {
        const string text = "A spokeswoman for the Harbour Authority said Wednesday that Ana Ruiz's claim was \"simply not true.\"";
        string? speaker = Find(text, "simply not true").Speaker;
        speaker.ShouldNotBe("Ana Ruiz");
        speaker.ShouldNotBeNull();
        speaker.ShouldContain("spokeswoman");
    }

    // ---- 3. a quote in the complement of a communication verb not next to it: the clause's subject

    [Theory]
    [InlineData("The agency advised residents near the river to \"keep their windows closed until further notice\" on Sunday.", "keep their windows", "The agency")]
    [InlineData("Ana Ruiz's publicist has described as \"nonsense\" a report that she would retire.", "nonsense", "Ana Ruiz's publicist")]
    [InlineData("His family appealed in a video to the kidnappers in the hills to \"show mercy\" and free him.", "show mercy", "His family")]
    public void Should_give_a_quote_in_a_complement_to_the_subject_of_the_clause(string text, string contains, string speaker)
    {
        Find(text, contains).Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void Should_read_a_quoted_phrase_before_a_noun_as_the_sources_words_when_a_communication_verb_governs_it()
    {
        const string text = "The Harbour Council has urged the police to conduct an \"open and fair\" inquiry into the deaths.";
        Quote quote = Find(text, "open and fair");
        quote.Kind.ShouldNotBe(QuoteKind.Scare);
        quote.Speaker.ShouldBe("Harbour Council");
    }

    [Fact]
    public void Should_keep_a_single_quoted_word_before_a_noun_a_scare_quote()
    {
        const string text = "Jo Reyes denied faking any part of the “homeless” clip, telling the Ledger it was all true.";
        Find(text, "homeless").Kind.ShouldBe(QuoteKind.Scare);
    }

    // ---- 4. after a colon: the subject of a clause ending in a noun of speech

    [Fact]
    public void Should_give_a_quote_after_a_noun_of_speech_and_a_colon_to_the_clause_subject()
    {
        const string text = "In a video posted on Saturday, Mira Tal describes her brother as a kind man. She ends with the plea: \"Please bring him home.\"";
        Find(text, "bring him home").Speaker.ShouldBe("Mira Tal");
    }

    // ---- 5. after the quote: a given name past a sentence break, a description

    [Theory]
    [InlineData("Oskar Lind and his friends meet every week. They say the market is a game: \"Money never sleeps!\" Oskar added.", "Money never sleeps", "Oskar")]
    [InlineData("\"Pia is our leader,\" one of the kids explained.", "our leader", "one of the kids")]
    [InlineData("\"It is hard to be sure that these are the missing men,\" a police agent at the scene told reporters.", "hard to be sure", "a police agent at the scene")]
    [InlineData("\"Bring them home alive,\" read a huge banner across the road.", "Bring them home", "a huge banner")]
    public void Should_find_the_speaker_after_the_quote(string text, string contains, string speaker)
    {
        Find(text, contains).Speaker.ShouldBe(speaker);
    }

    // ---- 6. a short sentence quoted right after an attributed quote carries on its speaker

    [Fact]
    public void Should_carry_the_speaker_into_a_short_quoted_sentence_that_follows()
    {
        const string text = "When pressed, Oskar Lind denied that anything had been staged. \"There is no way we made this up,\" Lind told the Ledger. \"This is real.\"";
        Quote quote = Find(text, "This is real");
        quote.Kind.ShouldNotBe(QuoteKind.Scare);
        quote.Speaker.ShouldBe("Oskar Lind");
    }

    // ---- 7. quoted titles stay without a speaker

    [Theory]
    [InlineData("On Tuesday night, Pia Berg went further. Appearing on \"Live at Nine with Ana Ruiz\" Berg said, \"We will win this fight.\"", "Live at Nine")]
    [InlineData("Pia Berg went further. Appearing on \"Live at Nine with Ana Ruiz,\" Berg said, \"We will win this fight.\"", "Live at Nine")]
    [InlineData("The video was a fake, according to a witness who says he was there while the hit, \"How Does A Farmer Spend $100?\" was filmed.", "How Does A Farmer")]
    public void Should_keep_a_quoted_title_without_a_speaker(string text, string contains)
    {
        Quote quote = Find(text, contains);
        quote.Kind.ShouldBe(QuoteKind.Scare);
        quote.Speaker.ShouldBeNull();
    }
}
