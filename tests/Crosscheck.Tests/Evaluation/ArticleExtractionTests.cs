using System.Text.Json;
using Crosscheck.Cli;
using Crosscheck.Ingestion;
using Crosscheck.Lab.Evaluation.Articles;
using Crosscheck.Tests.Ingestion;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Evaluation;

public sealed class ArticleExtractionTests
{
    private static readonly string Body = string.Join("\n", Enumerable.Range(1, 8).Select(i =>
        $"<p>Paragraph {i} of the report says that the council approved the budget after a long debate, and that the vote on item {i} was close.</p>"));

    private static string Page(string article) => $"""
        <html><head><title>Council passes budget</title></head><body>
        <div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
        <div class="content"><h1>Council passes budget</h1>{article}</div>
        <aside class="sidebar"><p>Most read: <a href="/x">Another story about something else</a></p></aside>
        </body></html>
        """;

    [Fact]
    public void Should_score_shingles_as_the_benchmark_does()
    {
        ShingleScore.Average([ShingleScore.Match("one two three four five", "one two three four five")]).ShouldBe((1.0, 1.0, 1.0));

        // "a b c d e f" has shingles abcd, bcde, cdef; the prediction "a b c d x" has abcd and bcdx: 1 right, 1 wrong, 2 missed
        ShingleMatch m = ShingleScore.Match("a b c d e f", "a b c d x");
        m.ShouldBe(new ShingleMatch(0.25, 0.25, 0.5));
        var (p, r, f) = ShingleScore.Average([m]);
        (Math.Round(p, 3), Math.Round(r, 3), Math.Round(f, 3)).ShouldBe((0.5, 0.333, 0.4));
    }

    [Fact]
    public void Should_take_the_article_without_the_page_chrome()
    {
        // Given a saved page with a menu, an article and a sidebar
        using var dir = new IngestionTempFolder();
        dir.Write("page.html", Page(Body));

        // When it is read
        string text = new InputReader().Read([dir.Path]).Documents.ShouldHaveSingleItem().Text;

        // Then its text is the headline and the article's paragraphs, one a line, without the menu or the sidebar
        string[] lines = text.Split('\n');
        lines[0].ShouldBe("Council passes budget");
        lines.Skip(1).ShouldAllBe(l => l.StartsWith("Paragraph ", StringComparison.Ordinal));
        lines.Length.ShouldBe(9);
    }

    [Fact]
    public void Should_fall_back_to_our_own_selection_when_smartreader_finds_too_little()
    {
        // Given a page whose article is one short paragraph
        using var dir = new IngestionTempFolder();
        dir.Write("page.html", Page("<p>The council approved the budget.</p>"));

        // When it is read
        string text = new InputReader().Read([dir.Path]).Documents.ShouldHaveSingleItem().Text;

        // Then the text is still found, by our selection
        text.ShouldContain("The council approved the budget.");
        text.ShouldContain("Council passes budget");
    }

    [Fact]
    public void Should_score_saved_pages_and_write_the_bodies_with_the_eval_command()
    {
        // Given two saved pages and their true bodies
        using var dir = new IngestionTempFolder();
        dir.Write("pages/p1.html", Page(Body));
        dir.Write("pages/p2.html", Page(Body.Replace("council", "committee", StringComparison.Ordinal)));
        string truth = string.Join("\n", Enumerable.Range(1, 8).Select(i =>
            $"Paragraph {i} of the report says that the council approved the budget after a long debate, and that the vote on item {i} was close."));
        dir.Write("gold.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["p1"] = new { articleBody = truth, url = "https://example.org/p1" },
            ["p2"] = new { articleBody = truth, url = "https://example.org/p2" },
        }));
        string output = Path.Combine(dir.Path, "out", "bodies.json");

        // When the pages are scored
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["eval", "articles", "--data", Path.Combine(dir.Path, "pages"), "--gold", Path.Combine(dir.Path, "gold.json"), "--out", output], stdout, stderr);

        // Then the first page is extracted exactly, the second differs in one word a paragraph, and the bodies are written
        code.ShouldBe(ExitCodes.Success, stderr.ToString());
        using JsonDocument bodies = JsonDocument.Parse(File.ReadAllText(output));
        bodies.RootElement.GetProperty("p1").GetProperty("articleBody").GetString().ShouldBe(truth);
        IReadOnlyList<ArticlePage> pages = ArticleEvaluation.Run(Path.Combine(dir.Path, "pages"), Path.Combine(dir.Path, "gold.json"));
        pages[0].Match.ShouldBe(new ShingleMatch(1, 0, 0));
        pages[1].Match.TruePositives.ShouldBeLessThan(1);
        stdout.ToString().ShouldContain("article extraction: 2 pages");
    }

    [Fact]
    public void Should_keep_the_dev_figure_of_the_article_extraction_benchmark()
    {
        // Given the benchmark's dev pages (docs/BENCHMARKS.md)
        string data = Path.Combine(TestPaths.Shared, "data", "article-extraction");
        Assert.SkipUnless(Directory.Exists(Path.Combine(data, "dev")), "the article-extraction data is not in ../shared/data");

        // When they are extracted and scored
        IReadOnlyList<ArticlePage> pages = ArticleEvaluation.Run(Path.Combine(data, "dev"), Path.Combine(data, "dev-ground-truth.json"));

        // Then no page is lost and the F1 is at least the recorded one
        pages.Count.ShouldBe(61);
        pages.ShouldAllBe(p => p.Problem == null);
        ShingleScore.Average([.. pages.Select(p => p.Match)]).F1.ShouldBeGreaterThanOrEqualTo(0.950);
    }
}
