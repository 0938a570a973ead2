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

/// <summary>Shorter forms of one person's name (invented names): joined in a document and across the set, never across two people.</summary>
public sealed class ShortPersonNameTests
{
    private static EntityMention M(string doc, string text, EntityType type, int start) =>
        new(doc, new TextSpan(start, start + text.Length), text, type, text);

    private static Entity EntityOf(IReadOnlyList<Entity> entities, string alias) => entities.Single(e => e.Aliases.Contains(alias));

    [Theory]
    [InlineData("Marek Ivo Brandt", "Marek Brandt", EntityType.Person)]
    [InlineData("Clara Van Holt", "Van Holt", EntityType.Organization)] // a part of a person's name, mistyped
    [InlineData("Ivo Ruiz Pardo", "Ivo Ruiz", EntityType.Person)]
    [InlineData("Ivo Ruiz Pardo", "Ivo", EntityType.Person)]
    public void Should_join_a_shorter_form_to_the_one_person_it_shortens(string full, string shorter, EntityType type)
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([M("d1", full, EntityType.Person, 0), M("d2", shorter, type, 40)]);
        EntityOf(entities, full).Id.ShouldBe(EntityOf(entities, shorter).Id);
    }

    [Fact]
    public void Should_keep_a_given_name_apart_when_two_people_bear_it()
    {
        IReadOnlyList<Entity> entities = EntityIndexBuilder.Build([
            M("d1", "Ivo Ruiz", EntityType.Person, 0), M("d2", "Ivo Pardo", EntityType.Person, 20), M("d3", "Ivo", EntityType.Person, 40)]);
        EntityOf(entities, "Ivo").Id.ShouldNotBe(EntityOf(entities, "Ivo Ruiz").Id);
        EntityOf(entities, "Ivo").Id.ShouldNotBe(EntityOf(entities, "Ivo Pardo").Id);
        EntityOf(entities, "Ivo Ruiz").Id.ShouldNotBe(EntityOf(entities, "Ivo Pardo").Id);
    }

    [Fact]
    public void Should_give_a_lone_given_name_the_full_name_of_its_document()
    {
        const string text = "Lucia Verhoeven, the driver's sister, said she was told of the crash on Sunday. Lucia said the family wanted privacy.";
        AnnotatedDocument doc = EntityTestDocuments.Annotate("d1", text);
        IReadOnlyList<EntityMention> mentions = new EntityExtractor().Extract(doc, new DocumentFindings(doc.Id)).Entities;
        mentions.Single(m => m.Text == "Lucia").Canonical.ShouldBe("Lucia Verhoeven");
    }
}
