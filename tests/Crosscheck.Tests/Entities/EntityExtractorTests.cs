using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

public sealed class EntityExtractorTests
{
    [Theory]
    [InlineData("Yesterday the minister met Foreign Minister Helena Marsh.", "Foreign Minister Helena Marsh", EntityType.Person, "Helena Marsh")]
    [InlineData("The talks, said Canadian Prime Minister Robert Oakes, went well.", "Canadian Prime Minister Robert Oakes", EntityType.Person, "Robert Oakes")]
    [InlineData("Officials in Portugal denied it.", "Portugal", EntityType.Place, "Portugal")]
    [InlineData("The Northern Liberation Front claimed the attack.", "Northern Liberation Front", EntityType.Organization, "Northern Liberation Front")]
    [InlineData("He studied at the University of Wexford last year.", "University of Wexford", EntityType.Organization, "University of Wexford")]
    public void Should_classify_names_and_strip_titles(string text, string mention, EntityType type, string canonical)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);
        EntityMention m = mentions.ShouldHaveSingleItem(string.Join(" | ", mentions.Select(x => x.Text)));
        m.Text.ShouldBe(mention);
        m.Type.ShouldBe(type);
        m.Canonical.ShouldBe(canonical);
        text.Substring(m.Span.Start, m.Span.Length).ShouldBe(mention);
    }

    [Theory]
    [InlineData("Thursday Twitter users shared the video of the Northern Liberation Front.", "Twitter")]
    [InlineData("On the same day, October Reuters reporters left the Northern Liberation Front.", "Reuters")]
    public void Should_not_start_a_name_with_a_day_or_month(string text, string name)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);
        mentions.Select(m => m.Text).ShouldContain(name);
        mentions.ShouldAllBe(m => !m.Text.StartsWith("Thursday", StringComparison.Ordinal) && !m.Text.StartsWith("October", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_find_known_names_in_an_all_capitals_headline()
    {
        // Given a shouted headline and a body that names the same person
        const string text = "WHY DID BRANDT REJECT THE U.S. OFFER?\nGovernor Alice Brandt rejected the offer on Monday, aides said.";

        // When entities are extracted
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);

        // Then the headline's names are recognized by the body's names and the country data, nothing else
        var headline = mentions.Where(m => m.Span.End <= text.IndexOf('\n')).ToList();
        headline.Select(m => (m.Text, m.Canonical)).ShouldBe([("BRANDT", "Alice Brandt"), ("U.S.", "United States")]);
    }

    [Fact]
    public void Should_map_surnames_and_titled_surnames_to_the_full_name()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Governor Alice Brandt spoke on Monday. Later, Brandt left. Critics said Governor Brandt was wrong.");
        mentions.Where(m => m.Text.Contains("Brandt", StringComparison.Ordinal)).Select(m => m.Canonical).Distinct().ShouldBe(["Alice Brandt"]);
        mentions.ShouldAllBe(m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("The National Water Authority (NWA) issued rules. The NWA said more.", "NWA", "National Water Authority")]
    public void Should_map_glossed_acronyms_to_their_expansion(string text, string acronym, string expansion)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);
        mentions.Where(m => m.Text == acronym).ShouldNotBeEmpty(string.Join(" | ", mentions.Select(x => x.Text + "→" + x.Canonical)));
        mentions.Where(m => m.Text == acronym).ShouldAllBe(m => m.Canonical == expansion, string.Join(" | ", mentions.Select(x => x.Text + "→" + x.Canonical)));
    }

    [Fact]
    public void Should_map_a_short_outlet_name_to_the_nearest_full_one()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "The Boston Times reported it first. Later the Denver Times disagreed. The Times’ editors stood firm.");
        mentions.Last(m => m.Text == "Times").Canonical.ShouldBe("Denver Times");
    }

    [Fact]
    public void Should_skip_sentence_initial_common_words_and_nationality_words()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Undercover agents met Portuguese officials. Meanwhile Peruvians protested in Madrid.");
        mentions.Select(m => m.Text).ShouldBe(["Madrid"]);
    }

    [Fact]
    public void Should_map_demonym_government_to_the_country()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("The Peruvian government rejected the plan.");
        EntityMention m = mentions.ShouldHaveSingleItem();
        m.Text.ShouldBe("Peruvian government");
        m.Canonical.ShouldBe("Peru");
        m.Type.ShouldBe(EntityType.Organization);
    }
}
