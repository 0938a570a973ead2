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

public sealed class EntityAliasMergeTests
{
    private static readonly AliasGazetteer Invented = new([["Zorba Liberation Front", "Zorba Brigade", "ZLF"], ["Kessel Guard", "KGD"]]);

    private static EntityMention M(string doc, string text, EntityType type = EntityType.Organization, int start = 0) =>
        new(doc, new TextSpan(start, start + text.Length), text, type, text);

    private static Entity EntityOf(IReadOnlyList<Entity> entities, string alias) => entities.Single(e => e.Aliases.Contains(alias));

    [Fact]
    public void Should_merge_names_listed_in_one_mined_group()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(
            [M("d1", "Zorba Brigade"), M("d2", "Zorba Liberation Front"), M("d3", "Zorba Brigade Nordland")], aliases: Invented);

        EntityOf(entities, "Zorba Brigade").Id.ShouldBe(EntityOf(entities, "Zorba Liberation Front").Id);
        EntityOf(entities, "Zorba Brigade Nordland").Id.ShouldNotBe(EntityOf(entities, "Zorba Brigade").Id);
    }

    [Fact]
    public void Should_not_merge_names_of_different_groups_or_an_acronym_the_set_uses_for_another_name()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(
            [M("d1", "Zorba Brigade"), M("d2", "Kessel Guard"), M("d3", "KGD"), M("d3", "Kessel Grand Duchy", start: 10)], aliases: Invented);

        EntityOf(entities, "Zorba Brigade").Id.ShouldNotBe(EntityOf(entities, "Kessel Guard").Id);
        EntityOf(entities, "KGD").Id.ShouldNotBe(EntityOf(entities, "Kessel Guard").Id);
    }

    [Fact]
    public void Should_load_the_mined_gazetteer_with_acronym_groups()
    {
        AliasGazetteer.Instance.GroupOf("WHO").ShouldNotBeNull();
        AliasGazetteer.Instance.GroupOf("World Health Organization").ShouldBe(AliasGazetteer.Instance.GroupOf("WHO"));
        AliasGazetteer.Instance.GroupOf("Zorba Brigade").ShouldBeNull();
    }

    [Theory]
    [InlineData("Police said the Liberation Army organisation Wilayat Sahel planned it.", "Liberation Army", "Wilayat Sahel")]
    [InlineData("Police said the Liberation Army's Wilayat Sahel planned it.", "Liberation Army", "Wilayat Sahel")]
    [InlineData("Police said Sahel Province, an affiliate of the Liberation Army, planned it.", "Sahel Province", "Liberation Army")]
    public void Should_join_a_division_named_branch_to_the_parent_name_with_its_region(string text, string first, string second)
    {
        // Given one text presenting the branch as the parent's, and another naming the parent with the region
        var mentions = new List<EntityMention> { Find("d1", text, first), Find("d1", text, second), M("d2", "Liberation Army Sahel"), M("d2", "LA", start: 30) };
        var texts = new Dictionary<string, string> { ["d1"] = text, ["d2"] = new string(' ', 40) };

        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(mentions, texts, Invented);

        string branch = first == "Liberation Army" ? second : first;
        EntityOf(entities, branch).Id.ShouldBe(EntityOf(entities, "Liberation Army Sahel").Id);
        EntityOf(entities, "Liberation Army").Id.ShouldNotBe(EntityOf(entities, branch).Id);
    }

    [Theory]
    [InlineData("Police said the Liberation Army met Wilayat Sahel officials.")]
    [InlineData("Police said the Liberation Army organisation Wilayat North planned it.")]
    public void Should_keep_a_division_name_apart_without_a_parent_link_or_a_matching_region(string text)
    {
        string branch = text.Contains("North", StringComparison.Ordinal) ? "Wilayat North" : "Wilayat Sahel";
        var mentions = new List<EntityMention> { Find("d1", text, "Liberation Army"), Find("d1", text, branch), M("d2", "Liberation Army Sahel") };
        var texts = new Dictionary<string, string> { ["d1"] = text, ["d2"] = new string(' ', 40) };

        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build(mentions, texts, Invented);

        EntityOf(entities, branch).Id.ShouldNotBe(EntityOf(entities, "Liberation Army Sahel").Id);
    }

    private static EntityMention Find(string doc, string text, string name) => M(doc, name, EntityType.Organization, text.IndexOf(name, StringComparison.Ordinal));
}
