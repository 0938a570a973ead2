using Crosscheck.Web.Tests.Infrastructure;
using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Pages;

/// <summary>Articles carrying script, event handlers and javascript: links show them as text on every page; no markup of theirs reaches the HTML.</summary>
public sealed class MaliciousArticleTests(SampleStore sample)
{
    [Fact]
    public async Task Should_show_markup_in_articles_as_text_on_every_page()
    {
        WorkspaceSettings settings = MaliciousCase.Create(sample);
        using var factory = new WorkspaceFactory(settings);
        using HttpClient client = factory.CreateClient();
        var docs = await factory.Get<List<Crosscheck.Web.Api.DocumentSummary>>(client, "/api/documents");
        docs.Count.ShouldBe(2);
        string[] pages = ["/", "/documents", .. docs.Select(d => d.Href), "/quotes", "/numbers", "/timeline", "/entities", "/search?q=script", "/search?q=pwned", "/add"];

        foreach (string page in pages)
        {
            string html = await client.GetStringAsync(page);

            html.ShouldNotContain("<script>", Case.Insensitive, page);
            html.ShouldNotContain("<img", Case.Insensitive, page);
            html.ShouldNotContain("<b ", Case.Insensitive, page);
            html.ShouldNotContain("href=\"javascript:", Case.Insensitive, page);
            html.ShouldNotContain("onerror=\"", Case.Insensitive, page);
            html.ShouldNotContain("onclick", Case.Insensitive, page);
        }

        string council = await client.GetStringAsync(docs.Single(d => d.File == "council.txt").Href);
        council.ShouldContain("&lt;script&gt;window.__pwned = 1&lt;/script&gt;");
        council.ShouldContain("&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;");
        council.ShouldContain("&lt;a href=&quot;javascript:window.__pwned = 3&quot;&gt;click me&lt;/a&gt;");
        string vote = await client.GetStringAsync(docs.Single(d => d.File == "vote.html").Href);
        vote.ShouldContain("&lt;script&gt;window.__pwned = 6&lt;/script&gt;");
        vote.ShouldNotContain("__pwned = 5", Case.Sensitive, "the HTML article's own script element is not article text");
        (await client.GetStringAsync("/search?q=pwned")).ShouldContain("__<mark>pwned</mark>");
    }
}
