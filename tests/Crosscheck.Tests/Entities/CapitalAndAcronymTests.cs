using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

public sealed class CapitalAndAcronymTests
{
    [Theory]
    [InlineData("The summit was held in Lisbon last week.", "Lisbon", "Lisbon")]
    [InlineData("Delegates flew to Ottawa on Monday.", "Ottawa", "Ottawa")]
    [InlineData("OTTAWA — Farmers in the region blocked a road on Monday.", "OTTAWA", "Ottawa")]
    [InlineData("A researcher at the Ottawa-based institute agreed.", "Ottawa", "Ottawa")]
    [InlineData("He rented a flat in west Lisbon for a year.", "Lisbon", "Lisbon")]
    [InlineData("Police raided his Lisbon studio at dawn.", "Lisbon", "Lisbon")]
    [InlineData("Crowds filled the streets of Lisbon on Sunday.", "Lisbon", "Lisbon")]
    [InlineData("Ottawa said the talks would resume.", "Ottawa", "Canada")]
    [InlineData("The deal was blocked by Ottawa's decision to withdraw.", "Ottawa", "Canada")]
    [InlineData("The rebels received a warning from Ottawa about the plan.", "Ottawa", "Canada")]
    [InlineData("Mr Halvorsen blamed his enemies in Ottawa for the leak.", "Ottawa", "Canada")]
    public void Should_read_a_capital_as_its_city_where_located_and_as_its_country_where_it_acts(string text, string mention, string canonical)
    {
        // When the entities of one sentence are extracted
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);

        // Then the capital is the city after a locative preposition or in a dateline, else the state
        EntityMention m = mentions.Single(x => x.Text == mention);
        m.Canonical.ShouldBe(canonical);
        m.Type.ShouldBe(EntityType.Place);
    }

    [Fact]
    public void Should_type_a_demonym_government_as_an_organization_standing_for_its_country()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("Canada hosted the talks. The Canadian government denied the report.");

        EntityMention government = mentions.Single(m => m.Text == "Canadian government");
        government.Type.ShouldBe(EntityType.Organization);
        government.Canonical.ShouldBe("Canada");
        mentions.Single(m => m.Text == "Canada").Type.ShouldBe(EntityType.Place);
    }

    [Fact]
    public void Should_keep_a_city_apart_from_its_country_in_the_index()
    {
        IReadOnlyList<EntityMention> mentions = [
            .. EntityTestDocuments.Mentions("The summit was held in Lisbon on Monday. Portugal sent its ministers."),
            .. EntityTestDocuments.Mentions("Lisbon said the summit was a success.").Select(m => m with { DocId = "d2" })];

        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(mentions);

        Entity city = entities.Single(e => e.Mentions.Any(m => m.DocId == "d1" && m.Text == "Lisbon"));
        Entity country = entities.Single(e => e.Name == "Portugal");
        city.ShouldNotBe(country);
        country.Mentions.ShouldContain(m => m.DocId == "d2" && m.Text == "Lisbon");
    }

    [Theory]
    [InlineData("WHO", "Who")]
    [InlineData("ZAP", "Zap")]
    public void Should_keep_an_all_caps_acronym_apart_from_a_common_word_of_the_same_letters(string acronym, string word)
    {
        if (EntityLexicon.Instance.FunctionWords.Contains(word) || EntityLexicon.Instance.StopWords.Contains(word))
        {
            NameForms.SpellingKey(acronym).ShouldNotBe(NameForms.SpellingKey(word));
        }
        else
        {
            // A name that is no common word ("Zap" like "Nato") still matches its all-caps spelling.
            NameForms.SpellingKey(acronym).ShouldBe(NameForms.SpellingKey(word));
        }
    }

    [Fact]
    public void Should_not_take_a_common_word_after_a_title_for_a_person()
    {
        // Given a show title "Doctor Who" and an agency written "WHO" in the same text
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Fans of the series Doctor Who met in Leeds. Separately, the WHO said the outbreak was over.");

        // Then "Who" is not a person, and nothing of the show joins the acronym
        mentions.ShouldNotContain(m => m.Canonical == "Who");
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(mentions);
        Entity who = entities.Single(e => e.Mentions.Any(m => m.Text == "WHO"));
        who.Mentions.ShouldAllBe(m => m.Text == "WHO");
    }
}
