using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Quotes;

/// <summary>Speakers across quote forms and paragraphs (invented news text).</summary>
public sealed class QuoteSpeakerCarryTests
{
    private static Quote Find(string text, string contains) =>
        QuoteTestDocuments.Extract(text).Single(q => q.Text.Contains(contains, StringComparison.Ordinal));

    [Theory]
    // 'single quotes' as British and web outlets write them, with apostrophes inside
    [InlineData("'We can't stay here any longer,' Marta Kowal told the Harbour Courier. 'The water is rising.'", "can't stay here", "Marta Kowal")]
    [InlineData("'We can't stay here any longer,' Marta Kowal told the Harbour Courier. 'The water is rising.'", "water is rising", "Marta Kowal")]
    // a title or an age before the name
    [InlineData("\"It was a strange noise,\" Lt. Omar Haddad, 31, said on Monday.", "strange noise", "Omar Haddad")]
    [InlineData("\"He drove him there,\" 26-year-old Peter Volkov told reporters.", "drove him there", "Peter Volkov")]
    // a body and a role before the name: the named person speaks
    [InlineData("\"We do not comment on single cases,\" Acme spokesman Army Col. Jan Roe said in a statement.", "single cases", "Jan Roe")]
    public void Should_name_the_speaker(string text, string contains, string speaker)
    {
        Find(text, contains).Speaker.ShouldBe(speaker);
    }

    [Fact]
    public void Should_carry_the_speaker_into_following_paragraphs_of_bare_quotes()
    {
        const string text = "\"Several of the gunmen were killed in the raid,\" Defence Secretary Anna Berg said.\n\n"
            + "\"The operation took place in the north and was planned for weeks.\"\n\n"
            + "\"I commend the troops who carried it out.\"";
        Find(text, "took place in the north").Speaker.ShouldBe("Anna Berg");
        Find(text, "commend the troops").Speaker.ShouldBe("Anna Berg");
    }

    [Fact]
    public void Should_not_carry_a_speaker_into_a_quote_the_paragraph_attributes_to_someone()
    {
        const string text = "\"Several of the gunmen were killed in the raid,\" Defence Secretary Anna Berg said.\n\n"
            + "\"Nobody told us anything,\" a villager, Erik Lund, complained.";
        Find(text, "Nobody told us").Speaker.ShouldNotBe("Anna Berg");
    }

    [Fact]
    public void Should_resolve_he_to_the_relative_named_in_apposition()
    {
        const string text = "\"The video is a lie,\" Peter Volkov says.\n\nIvo Marsh's brother, Dan Marsh, reached out to the Harbour Courier.\n\n\"This isn't right,\" he said.";
        Find(text, "isn't right").Speaker.ShouldBe("Dan Marsh");
    }

    [Fact]
    public void Should_take_a_name_with_a_persons_role_in_apposition_for_a_person_whatever_its_entity_type()
    {
        const string text = "Omar Haddad, minister of works, told the Harbour Courier that the dams were opened.\n\n"
            + "\"Dozens of houses were filled with water,\" said the minister.";
        IReadOnlyList<Quote> quotes = QuoteTestDocuments.Extract(text, [QuoteTestDocuments.Mention(text, "Omar Haddad", EntityType.Organization)]);
        quotes.Single(q => q.Text.Contains("Dozens of houses", StringComparison.Ordinal)).Speaker.ShouldBe("Omar Haddad");
    }

    [Theory]
    [InlineData("The students' parents marched on Monday and the 'rock 'n' roll' crowd stayed home.")]
    [InlineData("It was the '90s, and everyone's plans changed; the workers' union agreed.")]
    public void Should_not_read_apostrophes_as_quotes(string text)
    {
        QuoteTestDocuments.Extract(text).Where(q => q.Kind != QuoteKind.Scare).ShouldBeEmpty();
    }
}
