using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

/// <summary>A person needs positive evidence; a maker is not merged into its product; glued page chrome is no name.</summary>
public sealed class PersonEvidenceTests
{
    [Theory]
    [InlineData("Engineers at the Zorvik Tarran plant were on strike.", "Zorvik Tarran", EntityType.Organization)]
    [InlineData("The new Brelo Quint laptop was delayed again.", "Brelo Quint", EntityType.Organization)]
    [InlineData("The delegation landed in Vostrel Harbin on Friday.", "Vostrel Harbin", EntityType.Place)]
    [InlineData("The rally was over, Zorvik Tarran said on Friday.", "Zorvik Tarran", EntityType.Person)]
    [InlineData("The rally was over, Helena Tarran said on Friday.", "Helena Tarran", EntityType.Person)]
    [InlineData("Asked about the deal, the Quorvane said it had no comment.", "Quorvane", EntityType.Organization)]
    [InlineData("Asked about the deal, Quorvane said he had no comment.", "Quorvane", EntityType.Person)]
    public void Should_type_an_unknown_multi_word_name_as_a_person_only_with_evidence(string text, string name, EntityType type)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);
        EntityMention m = mentions.Single(x => x.Text == name);
        m.Type.ShouldBe(type, string.Join(" | ", mentions.Select(x => $"{x.Text}:{x.Type}")));
    }

    [Fact]
    public void Should_make_a_name_a_person_when_its_last_word_is_used_alone_as_a_person()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "On Monday, Zorvik Tarran arrived at the court. Mr. Tarran denied the charges.");
        var tarran = mentions.Where(m => m.Text.Contains("Tarran", StringComparison.Ordinal)).ToList();
        tarran.Count.ShouldBe(2, string.Join(" | ", mentions.Select(x => $"{x.Text}:{x.Type}:{x.Canonical}")));
        tarran.ShouldAllBe(m => m.Type == EntityType.Person && m.Canonical == "Zorvik Tarran", string.Join(" | ", mentions.Select(x => $"{x.Text}:{x.Type}:{x.Canonical}")));
    }

    [Fact]
    public void Should_not_merge_a_maker_into_its_product()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "The Quenlo Watch went on sale on Friday. Shares of the maker, Quenlo, rose after the launch.");
        string all = string.Join(" | ", mentions.Select(x => $"{x.Text}:{x.Type}:{x.Canonical}"));
        mentions.Where(m => m.Text == "Quenlo").Select(m => m.Canonical).ShouldBe(["Quenlo"], all);
        mentions.Where(m => m.Text == "Quenlo Watch").Select(m => m.Type).ShouldBe([EntityType.Organization], all);
    }

    [Theory]
    [InlineData("RelatedHas", 7)]
    [InlineData("MoreWhy", 4)]
    [InlineData("McDonald", 0)]
    [InlineData("YouTube", 0)]
    [InlineData("LinkedIn", 0)]
    [InlineData("DeShawn", 0)]
    public void Should_split_only_page_chrome_glued_to_a_function_word(string word, int split)
    {
        Crosscheck.Kinds.Entities.PieceReader.GluedSplit(word, Crosscheck.Kinds.Entities.EntityLexicon.Instance).ShouldBe(split);
    }

    [Fact]
    public void Should_not_glue_page_chrome_to_a_name()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(
            "RelatedHas Varnok fever reached the coast? Doctors said Varnok fever spreads fast.");
        string all = string.Join(" | ", mentions.Select(x => $"{x.Text}:{x.Canonical}"));
        mentions.ShouldNotContain(m => m.Text.Contains("Related", StringComparison.Ordinal) || m.Canonical.Contains("Has", StringComparison.Ordinal), all);
    }
}
