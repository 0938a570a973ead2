using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class HtmlTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Flood waters recede in river town | The Valley Herald</title>
          <meta property="og:title" content="Flood waters recede in river town">
          <meta property="og:site_name" content="The Valley Herald">
          <meta name="author" content="Sam Okafor">
          <meta property="article:published_time" content="2023-10-04T06:30:00+02:00">
          <link rel="canonical" href="https://www.valleyherald.example/news/flood-recedes">
          <script>var tracking = "Subscribe now!";</script>
          <style>p { color: red; }</style>
        </head>
        <body class="page has-ads">
          <header class="site-header"><a href="/">The Valley Herald</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
          <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
          <main>
            <article>
              <h1>Flood waters recede in river town</h1>
              <p>The river fell by two metres overnight, the mayor said on Wednesday.</p>
              <div class="ad-slot">Advertisement: Buy the best boots in town today</div>
              <figure><img src="a.jpg" alt="Flooded street"><figcaption>A flooded street on Tuesday. Photo: Agency</figcaption></figure>
              <p>About 300 residents remain in shelters, according to the <a href="https://redcross.example">regional Red Cross</a>.</p>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <h2>Clean-up begins</h2>
              <p>Volunteers started clearing mud from the main street.</p>
              <ul><li>Schools stay closed until Monday.</li><li>Tap water is safe to drink.</li></ul>
              <section class="related-articles"><h3>Related</h3><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Dam inspected</a></li></ul></section>
              <div class="links"><a href="/x">Weather</a> | <a href="/y">Traffic</a> | <a href="/z">Local news</a></div>
            </article>
            <div id="comments"><p>Reader42: This is terrible news.</p></div>
          </main>
          <aside><p>Most read: Ten things to do this weekend</p></aside>
          <div class="newsletter-signup"><p>Get our daily newsletter in your inbox.</p></div>
          <footer><p>© 2023 The Valley Herald. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void Should_keep_the_article_paragraphs_in_order_and_drop_the_page_chrome()
    {
        // Given a news page with navigation, ads, share buttons, related links, comments and a footer around the article
        using var dir = new IngestionTempFolder();
        string path = dir.Write("story.html", Page);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then only the article's blocks remain, one per line, in the article's order
        result.Problems.ShouldBeEmpty();
        SourceDocument doc = result.Documents.ShouldHaveSingleItem();
        doc.Format.ShouldBe(SourceFormat.Html);
        doc.Text.Split('\n').ShouldBe(
        [
            "Flood waters recede in river town",
            "The river fell by two metres overnight, the mayor said on Wednesday.",
            "About 300 residents remain in shelters, according to the regional Red Cross.",
            "Clean-up begins",
            "Volunteers started clearing mud from the main street.",
            "Schools stay closed until Monday.",
            "Tap water is safe to drink.",
        ]);
    }

    [Fact]
    public void Should_take_the_declared_metadata_from_meta_tags()
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write("story.html", Page);

        DeclaredMetadata meta = new InputReader().Read([path]).Documents.Single().Meta;

        meta.Title.ShouldBe("Flood waters recede in river town");
        meta.Author.ShouldBe("Sam Okafor");
        meta.Published!.Date.ShouldBe(new PartialDate(2023, 10, 4));
        meta.Outlet.ShouldBe("The Valley Herald");
        meta.Url.ShouldBe("https://www.valleyherald.example/news/flood-recedes");
    }

    [Fact]
    public void Should_read_json_ld_metadata_and_fall_back_to_the_canonical_domain_for_the_outlet()
    {
        // Given a page declaring its article in JSON-LD only, with a <time> element
        using var dir = new IngestionTempFolder();
        string html = """
            <html><head><title>Port reopens after strike</title>
            <link rel="canonical" href="https://www.portnews.example/2024/port-reopens">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Port reopens after strike","author":[{"@type":"Person","name":"Ana Silva"},{"@type":"Person","name":"Li Wei"}],"datePublished":"2024-02-11T18:00:00Z"}]}</script>
            </head><body><p>The port reopened on Sunday after a five-day strike.</p><time datetime="2020-01-01">old</time></body></html>
            """;
        string path = dir.Write("port.htm", html);

        // When it is read
        DeclaredMetadata meta = new InputReader().Read([path]).Documents.Single().Meta;

        // Then the JSON-LD fields and the canonical URL's domain are used
        meta.Title.ShouldBe("Port reopens after strike");
        meta.Author.ShouldBe("Ana Silva, Li Wei");
        meta.Published!.Date.ShouldBe(new PartialDate(2024, 2, 11));
        meta.Outlet.ShouldBe("portnews.example");
        meta.Url.ShouldBe("https://www.portnews.example/2024/port-reopens");
    }

    [Fact]
    public void Should_parse_broken_html_with_unclosed_tags()
    {
        // Given HTML with unclosed paragraphs, a stray closing tag and no </body>
        using var dir = new IngestionTempFolder();
        string path = dir.Write("broken.html", "<html><body><div><p>First unclosed paragraph<p>Second <b>bold text</div></span><p>Third");

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then it parses like a browser would, with no problem
        result.Problems.ShouldBeEmpty();
        result.Documents.Single().Text.ShouldBe("First unclosed paragraph\nSecond bold text\nThird");
    }

    [Fact]
    public void Should_honour_the_charset_declared_in_a_meta_tag()
    {
        // Given a Windows-1252 page that declares its charset (0xE9 is é, 0x93/0x94 curly quotes)
        using var dir = new IngestionTempFolder();
        byte[] head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Caf"u8.ToArray();
        byte[] bytes = [.. head, 0xE9, .. System.Text.Encoding.Latin1.GetBytes(" said \u0093yes\u0094.</p></body></html>")];
        string path = dir.WriteBytes("cp.html", bytes);

        // When it is read
        string text = new InputReader().Read([path]).Documents.Single().Text;

        // Then the declared charset decodes it
        text.ShouldBe("Café said “yes”.");
    }

    [Fact]
    public void Should_keep_an_articles_own_header_but_drop_the_site_header()
    {
        // Given a site header outside the article and a header (headline, byline) inside it
        using var dir = new IngestionTempFolder();
        string path = dir.Write("h.html", "<html><body><header><p>Site name and menu</p></header><article><header><h1>Rail strike ends</h1><p>By Jo Park</p></header><p>Trains ran again on Friday.</p></article></body></html>");

        // When it is read
        string text = new InputReader().Read([path]).Documents.Single().Text;

        // Then the article's header stays, the site's is gone
        text.ShouldBe("Rail strike ends\nBy Jo Park\nTrains ran again on Friday.");
    }
}
