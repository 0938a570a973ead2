using Crosscheck.Model;
using Shouldly;
using Xunit;

using static Crosscheck.Tests.Quotes.QuoteTestDocuments;

namespace Crosscheck.Tests.Quotes;

/// <summary>Quoted fragments governed by a named speaker's verb are statements; quoted terms and names stay scare quotes.</summary>
public sealed class QuoteAttributedFragmentTests
{
    [Theory]
    [InlineData("Senator Maria Lund offered that ignoring the farmers would be both \"irresponsible\" and \"morally very difficult.\"", "morally very difficult", "Maria Lund")]
    [InlineData("Senator Maria Lund offered that ignoring the farmers would be both \"irresponsible\" and \"morally very difficult.\"", "irresponsible", "Maria Lund")]
    [InlineData("Tom Baxter has described the moment the letter was found as \"wonderful\".", "wonderful", "Tom Baxter")]
    [InlineData("Another friend, Ana Ruiz of the Daily Ledger, praised his \"dedication to truth and understanding.\"", "dedication to truth", "Ana Ruiz")]
    [InlineData("Mayor Ken Ito called the new bridge a \"disgrace\" on Monday.", "disgrace", "Ken Ito")]
    [InlineData("Ken Ito warned that the old bridge was \"unsafe\" for lorries.", "unsafe", "Ken Ito")]
    [InlineData("Paula Grant insisted the payments were \"entirely legal\" and would continue.", "entirely legal", "Paula Grant")]
    [InlineData("Paula Grant told reporters that the plan was \"dead in the water\".", "dead in the water", "Paula Grant")]
    [InlineData("The expert Omar Said argued that the bombs are devised for maximum \"psychological impact.\"", "psychological impact", "Omar Said")]
    public void Should_attribute_a_fragment_governed_by_a_named_speaker(string text, string contains, string speaker)
    {
        Quote q = Single(Extract(text), contains);
        q.Kind.ShouldBe(QuoteKind.Partial, $"{q.Kind} {q.Speaker}");
        q.Speaker.ShouldNotBeNull().ShouldContain(speaker.Split(' ')[^1]);
    }

    [Theory]
    [InlineData("The council approved the so-called \"green levy\" on Monday.", "green levy")]
    [InlineData("Astronomers tracked a small asteroid dubbed \"2014 QX\" last week.", "2014 QX")]
    [InlineData("Ken Ito said the group, known as \"the Wolves\", had left the town.", "the Wolves")]
    [InlineData("Ken Ito said that what the council calls \"renewal\" is demolition.", "renewal")]
    [InlineData("The band borrowed its bass line from \"Good Times,\" prompting threats of legal action.", "Good Times")]
    [InlineData("Maria Lund said the ship was hit in a \"friendly\" exchange of fire.", "friendly")]
    public void Should_keep_terms_names_and_titles_as_scare_quotes(string text, string contains)
    {
        Single(Extract(text), contains).Kind.ShouldBe(QuoteKind.Scare);
    }

    [Fact]
    public void Should_close_a_single_quote_at_a_plural_possessive_mark_when_nothing_else_closes_it()
    {
        const string text = "The bishop declared that ‘all of the town’s workers’ have a right to rest. Shop owners rejoiced at the news.";
        Single(Extract(text), "all of the town").Text.ShouldBe("all of the town’s workers");
    }

    [Fact]
    public void Should_keep_a_plural_possessive_inside_a_single_quote_that_closes_later()
    {
        const string text = "The bishop declared that ‘the workers’ union will decide’ on Monday.";
        Single(Extract(text), "workers").Text.ShouldBe("the workers’ union will decide");
    }
}
