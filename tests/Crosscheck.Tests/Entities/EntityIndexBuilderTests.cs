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

public sealed class EntityIndexBuilderTests
{
    private static EntityMention M(string doc, string text, EntityType type, string? canonical = null, int start = 0) =>
        new(doc, new TextSpan(start, start + text.Length), text, type, canonical ?? text);

    private static Entity EntityOf(IReadOnlyList<Entity> entities, string alias) => entities.Single(e => e.Aliases.Contains(alias));

    [Theory]
    [InlineData("World Health Organization", "WHO")]
    [InlineData("Hezbollah", "Hizbollah")]
    [InlineData("al-Shabaab", "Al Shabab")]
    [InlineData("Liberation Front in Oranto", "Liberation Front Oranto")]
    [InlineData("N.R.A.", "NRA")]
    [InlineData("Brazil", "Brazilian government")]
    public void Should_merge_variants_of_one_name(string a, string b)
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", a, EntityType.Organization), M("d2", b, EntityType.Organization, start: 10)]);
        EntityOf(entities, a).Id.ShouldBe(EntityOf(entities, b).Id);
    }

    [Theory]
    [InlineData("Liberation Front", "Liberation Front of the North")]
    [InlineData("Boston Times", "Denver Times")]
    [InlineData("XYZ", "XYZ-N")]
    [InlineData("Mali", "Malawi")]
    [InlineData("Peru", "Lima")]
    public void Should_keep_names_that_share_a_word_apart(string a, string b)
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", a, EntityType.Organization), M("d2", b, EntityType.Organization, start: 10)]);
        EntityOf(entities, a).Id.ShouldNotBe(EntityOf(entities, b).Id);
    }

    [Fact]
    public void Should_join_a_parent_group_to_its_acronym_by_analogy_with_its_branch_and_keep_them_apart()
    {
        // d1 glosses the branch acronym; d2 uses the parent's name and acronym without a gloss.
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Northern Union Nordland", EntityType.Organization),
            M("d1", "NUN-N", EntityType.Organization, "Northern Union Nordland", 40),
            M("d2", "Northern Union", EntityType.Organization),
            M("d2", "NUN", EntityType.Organization, start: 30),
            M("d3", "NUN-N", EntityType.Organization)]);
        EntityOf(entities, "NUN").Id.ShouldBe(EntityOf(entities, "Northern Union").Id);
        EntityOf(entities, "NUN-N").Id.ShouldBe(EntityOf(entities, "Northern Union Nordland").Id);
        EntityOf(entities, "NUN").Id.ShouldNotBe(EntityOf(entities, "NUN-N").Id);
        EntityOf(entities, "NUN").Name.ShouldBe("Northern Union");
    }

    [Fact]
    public void Should_join_a_surname_to_the_one_full_name_and_name_entities_fully()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Alice Brandt", EntityType.Person),
            M("d2", "Brandt", EntityType.Person),
            M("d2", "Brandt", EntityType.Person, start: 20)]);
        Entity e = entities.ShouldHaveSingleItem();
        e.Name.ShouldBe("Alice Brandt");
        e.Id.ShouldBe("e1");
        e.Mentions.Count.ShouldBe(3);
    }
}
