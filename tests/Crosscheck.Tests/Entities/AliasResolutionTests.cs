using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

/// <summary>
/// Entity resolution across mentions and documents, one rule per test, on invented names: acronyms the text defines,
/// titles with and without a full stop (and with a typo), the sex a title or given name says, spelling variants,
/// particles, short and clipped forms of organisations, and a place never an alias of another place.
/// </summary>
public sealed class AliasResolutionTests
{
    private static EntityMention M(string doc, string text, EntityType type, string? canonical = null, int start = 0) =>
        new(doc, new TextSpan(start, start + text.Length), text, type, canonical ?? text);

    private static Entity EntityOf(IReadOnlyList<Entity> entities, string alias) => entities.Single(e => e.Aliases.Contains(alias));

    private static string Show(IReadOnlyList<EntityMention> mentions) => string.Join(" | ", mentions.Select(m => $"{m.Text}:{m.Type}→{m.Canonical}"));

    // ---- in one document

    [Fact]
    public void Should_read_an_acronym_defined_after_a_long_name_with_connectors()
    {
        // Given a long name cut by "of" and "in the", defined by its acronym in brackets
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "The water rose, said a statement from the Office of Harbour Works in the Northern Isles (OHWNI). OHWNI staff were sent out.");

        // Then the long name is one mention and the acronym's canonical is that name
        mentions.ShouldContain(m => m.Text == "Office of Harbour Works in the Northern Isles", Show(mentions));
        mentions.Where(m => m.Text == "OHWNI").ShouldAllBe(m => m.Canonical == "Office of Harbour Works in the Northern Isles");
    }

    [Fact]
    public void Should_read_an_acronym_defined_before_its_long_name()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Families moved to schools run by UNHFB, the UN Harbour and Fisheries Board. The families stayed a week.");
        mentions.ShouldContain(m => m.Text == "UNHFB" && m.Canonical == "UN Harbour and Fisheries Board", Show(mentions));
    }

    [Fact]
    public void Should_keep_an_acronym_that_spells_a_word_when_the_text_defines_it()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("Fighters of the Ardent Sons (AS) crossed the river on Monday.");
        mentions.ShouldContain(m => m.Text == "AS" && m.Canonical == "Ardent Sons", Show(mentions));
    }

    [Fact]
    public void Should_read_a_name_with_an_apostrophe_that_is_no_contraction()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("The convoy reached Qal'ata on Monday, officials said.");
        mentions.ShouldContain(m => m.Text == "Qal'ata", Show(mentions));
    }

    [Fact]
    public void Should_drop_a_misspelt_title_from_the_name()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Brigadier Gerneral Tomas Vell, head of the rescue service, said the roads were closed. Vell said more rain was due.");
        mentions.ShouldContain(m => m.Canonical == "Tomas Vell" && m.Type == EntityType.Person && m.Text.StartsWith("Brigadier", StringComparison.Ordinal), Show(mentions));
        mentions.Where(m => m.Text == "Vell").ShouldAllBe(m => m.Canonical == "Tomas Vell");
    }

    [Fact]
    public void Should_take_a_title_without_a_full_stop_as_a_title()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Dana Whitlow, a freelance photographer, was taken in May. Mr Whitlow had worked in the region for years.");
        mentions.ShouldContain(m => m.Text == "Mr Whitlow" && m.Type == EntityType.Person && m.Canonical == "Dana Whitlow", Show(mentions));
    }

    [Fact]
    public void Should_join_a_titled_surname_to_the_person_of_that_sex()
    {
        // Given a mother and her son, the son named last before each titled surname
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "Ellen Whitlow said her son Owen Whitlow was alive. Mrs. Whitlow thanked the rescuers. "
            + "Ellen Whitlow said her son Owen Whitlow was tired. Mr. Whitlow did not speak.");

        // Then "Mrs." joins the woman and "Mr." the man, not the nearest full name
        mentions.Single(m => m.Text == "Mrs. Whitlow").Canonical.ShouldBe("Ellen Whitlow", Show(mentions));
        mentions.Single(m => m.Text == "Mr. Whitlow").Canonical.ShouldBe("Owen Whitlow", Show(mentions));
    }

    [Fact]
    public void Should_keep_a_capital_the_inside_a_sentence_in_the_mention_and_out_of_the_name()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("The deal was worth millions, according to The Ledger on Friday.");
        mentions.ShouldContain(m => m.Text == "The Ledger" && m.Canonical == "Ledger", Show(mentions));
    }

    [Fact]
    public void Should_type_a_name_in_apposition_to_a_group_noun_as_an_organisation()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("Police blamed the local cartel, Sangre Nueva, for the attack.");
        mentions.Single(m => m.Text == "Sangre Nueva").Type.ShouldBe(EntityType.Organization, Show(mentions));
    }

    [Theory]
    [InlineData("Aid trucks reached the capital, Ottawa, on Monday.")]
    [InlineData("Officials in the capital of Canada, Ottawa, said the road was open.")]
    [InlineData("He was taken in the Canadian capital Ottawa in May.")]
    [InlineData("Talks between the authorities in Ottawa, the Canadian capital, and the rebels went on.")]
    public void Should_read_a_capital_named_in_apposition_as_the_city(string text)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);
        mentions.Single(m => m.Text == "Ottawa").Canonical.ShouldBe("Ottawa", Show(mentions));
    }

    // ---- across documents

    [Theory]
    [InlineData("Nadir Qasmi", "Nadir Qsami", EntityType.Person)]
    [InlineData("Hamdan Oubaidi", "Hamdun Oubaidi", EntityType.Person)]
    [InlineData("Hermanos Verdes", "Hermano Verdes", EntityType.Organization)]
    [InlineData("Bahrattiyah", "Bahrattiya", EntityType.Place)]
    [InlineData("José Varela", "Jose Varela", EntityType.Person)]
    public void Should_merge_two_spellings_of_one_name_in_two_articles(string a, string b, EntityType type)
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([M("d1", a, type), M("d2", b, type)]);
        EntityOf(entities, a).Id.ShouldBe(EntityOf(entities, b).Id);
    }

    [Fact]
    public void Should_keep_two_spellings_apart_when_one_article_uses_both()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Nadir Qasmi", EntityType.Person), M("d1", "Nadir Qsami", EntityType.Person, start: 40)]);
        EntityOf(entities, "Nadir Qasmi").Id.ShouldNotBe(EntityOf(entities, "Nadir Qsami").Id);
    }

    [Theory]
    [InlineData("Jon Farland", "Jan Farland", EntityType.Person)]
    [InlineData("Mark Farland", "Mary Farland", EntityType.Person)]
    [InlineData("Austria", "Australia", EntityType.Place)]
    public void Should_keep_names_one_letter_apart_that_name_two_entities(string a, string b, EntityType type)
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([M("d1", a, type), M("d2", b, type)]);
        EntityOf(entities, a).Id.ShouldNotBe(EntityOf(entities, b).Id);
    }

    [Fact]
    public void Should_merge_a_person_name_with_and_without_its_particle()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Omar al-Haddad", EntityType.Person), M("d2", "Omar Haddad", EntityType.Person)]);
        EntityOf(entities, "Omar al-Haddad").Id.ShouldBe(EntityOf(entities, "Omar Haddad").Id);
    }

    [Fact]
    public void Should_merge_a_one_word_transliteration_with_a_final_h_or_a_doubled_letter()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Osarra", EntityType.Place), M("d2", "Osara", EntityType.Organization), M("d3", "Osarah", EntityType.Place)]);
        EntityOf(entities, "Osarra").Id.ShouldBe(EntityOf(entities, "Osara").Id);
        EntityOf(entities, "Osarra").Id.ShouldBe(EntityOf(entities, "Osarah").Id);
    }

    [Fact]
    public void Should_drop_a_leading_article_of_an_organisations_own_language_but_not_of_a_place()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Los Hermanos Verdes", EntityType.Organization), M("d2", "Hermanos Verdes", EntityType.Organization),
            M("d3", "Los Verdales", EntityType.Place), M("d4", "Verdales", EntityType.Place)]);
        EntityOf(entities, "Los Hermanos Verdes").Id.ShouldBe(EntityOf(entities, "Hermanos Verdes").Id);
        EntityOf(entities, "Los Verdales").Id.ShouldNotBe(EntityOf(entities, "Verdales").Id);
    }

    [Fact]
    public void Should_join_the_last_word_and_clipped_forms_of_an_organisation()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Gray Farland", EntityType.Organization), M("d2", "Farland", EntityType.Organization),
            M("d2", "Gray Farl", EntityType.Organization, start: 30), M("d3", "Farl", EntityType.Organization),
            M("d4", "Daily Ledger", EntityType.Organization), M("d5", "Ledger", EntityType.Organization)]);
        string id = EntityOf(entities, "Gray Farland").Id;
        EntityOf(entities, "Farland").Id.ShouldBe(id);
        EntityOf(entities, "Gray Farl").Id.ShouldBe(id);
        EntityOf(entities, "Farl").Id.ShouldBe(id);
        EntityOf(entities, "Ledger").Id.ShouldBe(EntityOf(entities, "Daily Ledger").Id);
    }

    [Fact]
    public void Should_not_join_a_last_word_shared_by_two_organisations_or_a_person()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Gray Farland", EntityType.Organization), M("d2", "North Farland", EntityType.Organization),
            M("d3", "Farland", EntityType.Organization), M("d4", "Daily Ledger", EntityType.Organization),
            M("d4", "Mia Ledger", EntityType.Person, start: 30), M("d5", "Ledger", EntityType.Organization)]);
        EntityOf(entities, "Farland").Id.ShouldNotBe(EntityOf(entities, "Gray Farland").Id);
        EntityOf(entities, "Farland").Id.ShouldNotBe(EntityOf(entities, "North Farland").Id);
        EntityOf(entities, "Ledger").Id.ShouldNotBe(EntityOf(entities, "Daily Ledger").Id);
    }

    [Fact]
    public void Should_join_an_organisation_named_without_its_place_to_the_one_qualified_name()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Farland", EntityType.Place), M("d1", "Farland Ministry of Harbours", EntityType.Organization, start: 20),
            M("d2", "Ministry of Harbours", EntityType.Organization),
            M("d3", "GBC", EntityType.Organization), M("d3", "GBC Evening News", EntityType.Organization, start: 20),
            M("d4", "Evening News", EntityType.Organization)]);
        EntityOf(entities, "Ministry of Harbours").Id.ShouldBe(EntityOf(entities, "Farland Ministry of Harbours").Id);
        EntityOf(entities, "Evening News").Id.ShouldBe(EntityOf(entities, "GBC Evening News").Id);
        EntityOf(entities, "Farland").Id.ShouldNotBe(EntityOf(entities, "Farland Ministry of Harbours").Id);
    }

    [Fact]
    public void Should_not_join_an_unqualified_organisation_when_two_places_qualify_it()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Farland", EntityType.Place), M("d1", "Farland Ministry of Harbours", EntityType.Organization, start: 20),
            M("d2", "Norland", EntityType.Place), M("d2", "Norland Ministry of Harbours", EntityType.Organization, start: 20),
            M("d3", "Ministry of Harbours", EntityType.Organization)]);
        EntityOf(entities, "Ministry of Harbours").Id.ShouldNotBe(EntityOf(entities, "Farland Ministry of Harbours").Id);
        EntityOf(entities, "Ministry of Harbours").Id.ShouldNotBe(EntityOf(entities, "Norland Ministry of Harbours").Id);
    }

    [Fact]
    public void Should_join_a_high_school_to_its_name_alone()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Wexmoor High School", EntityType.Organization), M("d2", "Wexmoor", EntityType.Place)]);
        EntityOf(entities, "Wexmoor").Id.ShouldBe(EntityOf(entities, "Wexmoor High School").Id);
    }

    [Fact]
    public void Should_join_a_titled_surname_across_articles_to_the_person_of_that_sex()
    {
        // Given a woman and a man of one surname in two articles, and "Mrs. Whitlow" alone in a third
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Owen Whitlow", EntityType.Person), M("d2", "Ellen Whitlow", EntityType.Person),
            M("d3", "Mrs. Whitlow", EntityType.Person, "Whitlow")]);

        // Then it joins the woman
        EntityOf(entities, "Mrs. Whitlow").Id.ShouldBe(EntityOf(entities, "Ellen Whitlow").Id);
        EntityOf(entities, "Mrs. Whitlow").Id.ShouldNotBe(EntityOf(entities, "Owen Whitlow").Id);
    }

    [Fact]
    public void Should_not_join_a_titled_surname_to_the_only_full_name_when_the_sexes_differ()
    {
        // "Bill" is given to both sexes; the title of the full name says he is a man
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Mr. Bill Whitlow", EntityType.Person, "Bill Whitlow"), M("d2", "Mrs. Whitlow", EntityType.Person, "Whitlow")]);
        EntityOf(entities, "Mrs. Whitlow").Id.ShouldNotBe(EntityOf(entities, "Mr. Bill Whitlow").Id);
    }
}
