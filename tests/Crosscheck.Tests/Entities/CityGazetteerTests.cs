using Crosscheck.Kinds.Entities;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

public sealed class CityGazetteerTests
{
    [Theory]
    [InlineData("Officials in Chicago said the roads would reopen.", "Chicago")]
    [InlineData("Last night Chicago recorded its coldest night in a decade.", "Chicago")]
    [InlineData("Hospitals in New York reported 40 new cases.", "New York")]
    [InlineData("Flights to Los Angeles were cancelled.", "Los Angeles")]
    [InlineData("Residents of Mumbai braced for heavy rain overnight.", "Mumbai")]
    [InlineData("The ship docked in Sydney after a week at sea.", "Sydney")]
    public void Should_type_a_listed_city_as_a_place(string text, string mention)
    {
        // When the entities of one invented sentence are extracted
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);

        // Then the city is a place under its own name, not merged into its country
        EntityMention m = mentions.Single(x => x.Text == mention);
        m.Type.ShouldBe(EntityType.Place);
        m.Canonical.ShouldBe(mention);
    }

    [Theory]
    [InlineData("He wrote for the Chicago Tribune for a decade.", "Chicago Tribune")]
    [InlineData("A reporter at the New York Times asked about the plan.", "New York Times")]
    public void Should_keep_a_longer_organization_name_that_starts_with_a_city_whole(string text, string organization)
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions(text);

        mentions.Single(x => x.Text == organization).Type.ShouldBe(EntityType.Organization);
        mentions.ShouldNotContain(x => x.Text == "Chicago" || x.Text == "New York");
    }

    [Fact]
    public void Should_not_type_a_city_that_is_also_a_first_name_as_a_place_when_the_context_says_person()
    {
        IReadOnlyList<EntityMention> mentions = EntityTestDocuments.Mentions("Sydney said she had not seen the letter.");

        mentions.Single(x => x.Text == "Sydney").Type.ShouldNotBe(EntityType.Place);
    }

    [Theory]
    [InlineData("New York", "US")]
    [InlineData("Mumbai", "IN")]
    [InlineData("Lagos", "NG")]
    public void Should_find_large_cities_with_their_country_code(string city, string code)
    {
        CityGazetteer.Instance.CountryCodeOf(city).ShouldBe(code);
    }
}
