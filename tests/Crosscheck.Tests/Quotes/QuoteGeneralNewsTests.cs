using Crosscheck.Model;
using Shouldly;
using Xunit;

using static Crosscheck.Tests.Quotes.QuoteTestDocuments;

namespace Crosscheck.Tests.Quotes;

/// <summary>Constructions of general news that the first version got wrong, each on invented text.</summary>
public sealed class QuoteGeneralNewsTests
{
    [Fact]
    public void Should_take_the_subject_past_a_participial_phrase_and_a_place()
    {
        const string text = "Brave Mr Osei, speaking after returning to his home in Millbrook, North Dale, said: \"The rebels are very good at making people afraid.\"";
        IReadOnlyList<EntityMention> places = [Mention(text, "Millbrook", EntityType.Place), Mention(text, "North Dale", EntityType.Place)];
        Quote q = Single(Extract(text, places), "rebels are very good");
        q.Speaker.ShouldBe("Osei");
    }

    [Fact]
    public void Should_resolve_he_to_the_subject_of_the_previous_sentence_not_its_object()
    {
        const string text = "About the same time, Farid Haddad said, he sent an e-mail to Tomas Lindqvist.\n\n"
            + "“I was wondering if you could send me your number,” he wrote. “It will be good to catch up.”";
        IReadOnlyList<Quote> quotes = Extract(text);
        Single(quotes, "send me your number").Speaker.ShouldBe("Farid Haddad");
        Single(quotes, "good to catch up").Speaker.ShouldBe("Farid Haddad");
    }

    [Fact]
    public void Should_not_take_a_place_in_an_appositive_for_the_speaker()
    {
        const string text = "The farmer, who lives near Lake Orvin, Norland, said: \"The water came in the night.\"";
        IReadOnlyList<EntityMention> places = [Mention(text, "Lake Orvin", EntityType.Place), Mention(text, "Norland", EntityType.Place)];
        Single(Extract(text, places), "water came").Speaker.ShouldNotBe("Norland");
    }

    [Fact]
    public void Should_read_the_interview_form()
    {
        const string text = "How are the pupils now? Marković: \"All of them have recovered well.\"";
        Single(Extract(text, [Mention(text, "Marković", EntityType.Person)]), "recovered well").Speaker.ShouldBe("Marković");
    }

    [Fact]
    public void Should_give_an_unnamed_speaker_as_its_description()
    {
        const string text = "“I heard somebody shouting inside,” said one Riverside Bakery employee. “I opened the door and saw smoke.”";
        IReadOnlyList<Quote> quotes = Extract(text);
        Single(quotes, "heard somebody").Speaker.ShouldBe("one Riverside Bakery employee");
        Single(quotes, "opened the door").Speaker.ShouldBe("one Riverside Bakery employee");
    }

    [Fact]
    public void Should_resolve_a_pronoun_before_a_partial_quote()
    {
        const string text = "Greta Halvorsen was arrested twice. The following year she revealed she “thought it would be smart to borrow the money” from a friend.";
        Single(Extract(text), "smart to borrow").Speaker.ShouldBe("Greta Halvorsen");
    }

    [Theory]
    [InlineData("The leader talked about everything from “taxes to roads to a plan to ‘fix the harbour,’ ” reports the Northern Chronicle.", "taxes to roads", "Northern Chronicle")]
    [InlineData("“The talks have stalled,” according to the Valley Herald.", "talks have stalled", "Valley Herald")]
    public void Should_give_a_publication_as_the_speaker(string text, string contains, string speaker)
    {
        Single(Extract(text), contains).Speaker.ShouldBe(speaker);
    }

    [Theory]
    [InlineData("Foreign Secretary Lena Moss said the formation of the new cabinet was \"a major milestone\" for the country.", "major milestone", "Lena Moss")]
    [InlineData("Her nephew Pablo Ruiz told a radio station his aunt is “in good health” and there is no reason to worry.", "in good health", "Pablo Ruiz")]
    [InlineData("The analyst Ivan Petrov told the Daily Ledger that stolen jets could be \"devastating.\" He gave no details.", "devastating", "Ivan Petrov")]
    [InlineData("The procedure was done in a “skillful way,” said police, who are still investigating.", "skillful way", "police")]
    public void Should_report_a_governed_fragment_as_a_partial_quote(string text, string contains, string speaker)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldBe(QuoteKind.Partial);
        q.Speaker.ShouldBe(speaker);
    }

    [Theory]
    [InlineData("The car was stolen from the set of \"Night Rider: The Return of the King.\" Police are looking for it.", "Night Rider")]
    [InlineData("She wrote three books on the topic “Calm dogs” “Walk first” and “Part of the family”, then started a show.", "Part of the family")]
    [InlineData("Fans can watch the new film “Storm over Hollow Creek” online.", "Storm over")]
    [InlineData("One support worker, identified only as “Kelly,” warned a customer, the Daily Ledger reports.", "Kelly")]
    public void Should_not_report_titles_and_names_as_statements(string text, string contains)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldBe(QuoteKind.Scare);
        q.Speaker.ShouldBeNull();
    }

    [Fact]
    public void Should_drop_code()
    {
        const string text = "Read more below. google_ad_client = \"pub-123456789\"; google_ad_width = 468;";
        Extract(text).ShouldNotContain(q => q.Text.Contains("pub-", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_take_the_object_of_a_common_subject_for_the_speaker()
    {
        const string text = "The statement identified the woman as Rosa Lind and said she was killed in strikes that targeted \"the same building for an hour.\"";
        Single(Extract(text), "same building").Speaker.ShouldNotBe("Rosa Lind");
    }

    [Fact]
    public void Should_give_a_nameless_source_as_such()
    {
        const string text = "Mr Park was seen limping in August. “He injured his ankle while drilling,” the source told reporters.";
        Single(Extract(text), "injured his ankle").Speaker.ShouldBe("the source");
    }

    [Fact]
    public void Should_find_the_speaker_after_a_sentence_opener()
    {
        const string text = "Liam Carter, 21, was on holiday when he was bitten.\nWorried, Carter visited a hospital, where he was told it was a bite.\n“So according to the doctors I have a mystery condition,” he said in a post.";
        Single(Extract(text), "mystery condition").Speaker.ShouldBe("Liam Carter");
    }

    [Fact]
    public void Should_take_an_unnamed_speaker_quoted_as_saying()
    {
        const string text = "\"Order has to be kept,\" one police officer was quoted as saying.";
        Single(Extract(text), "Order has to be kept").Speaker.ShouldBe("one police officer");
    }
}
