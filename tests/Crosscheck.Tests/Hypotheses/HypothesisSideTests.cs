using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Hypotheses.Render;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>A side of a contested hypothesis names each article once, after the holders read in it (invented names).</summary>
public sealed class HypothesisSideTests
{
    private static ReportStance Stance(string doc, string? holder) => new(doc, holder, "h1", "supports", [], null);

    [Fact]
    public void Should_name_each_article_once_after_its_holders()
    {
        ReportStance[] side = [Stance("a.txt", "the council"), Stance("a.txt", "Mayor Alder"), Stance("b.txt", null), Stance("c.txt", "Jo Reyes"), Stance("c.txt", "the police")];

        string text = HypothesisText.SideByDocument(side, h => h ?? "the article", d => d == "a.txt" ? "City Post" : d == "b.txt" ? "Valley News" : "Harbour Times");

        text.ShouldBe("the council, Mayor Alder (City Post), the article (Valley News), Jo Reyes (Harbour Times) and 1 more");
    }
}
