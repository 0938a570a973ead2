using System.Net;
using System.Text.RegularExpressions;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Tests.Api;
using Crosscheck.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Pages;

/// <summary>The server-rendered pages on the sample case: they answer, link to each other, and every finding link lands on its highlight.</summary>
public sealed partial class PageTests(SampleStore sample) : IDisposable
{
    private static readonly string[] Pages = ["/", "/documents", "/quotes", "/numbers", "/timeline", "/entities", "/hypotheses", "/search?q=attack*", "/add"];

    private readonly WorkspaceFactory _factory = new(sample.Settings);

    [Fact]
    public async Task Should_serve_every_page_as_html_under_the_strict_content_security_policy()
    {
        using HttpClient client = _factory.CreateClient();
        foreach (string page in Pages)
        {
            HttpResponseMessage response = await client.GetAsync(page);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, page);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html", page);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(WorkspaceSecurity.ContentSecurityPolicy);
            string html = await response.Content.ReadAsStringAsync();
            ScriptTag().Matches(html).Select(m => m.Value).ShouldBe(["<script src=\"/assets/workspace.js\" defer>"], page);
            html.ShouldNotContain(" style=\"", Case.Sensitive, page);
            EventHandler().IsMatch(html).ShouldBeFalse(page + ": no event-handler attribute");
        }
    }

    [Fact]
    public async Task Should_refuse_a_request_that_names_another_host()
    {
        // A page of another site whose name resolves to 127.0.0.1 (DNS rebinding) sends its own name as Host.
        using HttpClient client = _factory.CreateClient();
        using var foreign = new HttpRequestMessage(HttpMethod.Get, "/api/case");
        foreign.Headers.Host = "attacker.example:5000";
        using var own = new HttpRequestMessage(HttpMethod.Get, "/api/case");
        own.Headers.Host = "127.0.0.1:5000";

        HttpResponseMessage refused = await client.SendAsync(foreign);
        HttpResponseMessage served = await client.SendAsync(own);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("attacker.example");
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        WorkspaceSecurity.AllowedHosts("http://0.0.0.0:5000").ShouldBeNull();
        WorkspaceSecurity.AllowedHosts("http://192.168.1.20:8080;http://127.0.0.1:5000").ShouldNotBeNull().ShouldContain("192.168.1.20");
    }

    [Fact]
    public async Task Should_serve_the_assets_the_pages_use()
    {
        using HttpClient client = _factory.CreateClient();

        HttpResponseMessage css = await client.GetAsync("/assets/workspace.css");
        HttpResponseMessage js = await client.GetAsync("/assets/workspace.js");

        css.Content.Headers.ContentType!.MediaType.ShouldBe("text/css");
        (await css.Content.ReadAsStringAsync()).ShouldContain(".hl:target");
        js.Content.Headers.ContentType!.MediaType.ShouldBe("text/javascript");
        (await js.Content.ReadAsStringAsync()).ShouldContain(WorkspaceSecurity.RequestHeader);
    }

    [Fact]
    public async Task Should_link_every_page_to_pages_that_exist_and_every_finding_to_its_highlight()
    {
        using HttpClient client = _factory.CreateClient();
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task<string> Fetch(string url)
        {
            if (!pages.TryGetValue(url, out string? html))
            {
                HttpResponseMessage response = await client.GetAsync(url);
                response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
                pages[url] = html = await response.Content.ReadAsStringAsync();
            }

            return html;
        }

        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (string page in Pages)
        {
            links.UnionWith(Href().Matches(await Fetch(page)).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)));
        }

        int findings = 0;
        foreach (string link in links.Where(l => l.StartsWith('/') && !l.StartsWith("/api/export") && !l.StartsWith("/openapi")))
        {
            string[] parts = link.Split('#', 2);
            string html = await Fetch(parts[0]);
            if (parts.Length == 2 && parts[0].StartsWith("/documents/"))
            {
                html.ShouldContain($"id=\"{parts[1]}\"", Case.Sensitive, $"{link}: no highlight with that id");
                findings++;
            }
        }

        findings.ShouldBeGreaterThan(200);
    }

    [Fact]
    public async Task Should_answer_404_with_a_page_for_an_unknown_document()
    {
        using HttpClient client = _factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/documents/nope");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("No such document");
    }

    [Fact]
    public async Task Should_show_search_results_with_the_matches_marked()
    {
        using HttpClient client = _factory.CreateClient();

        string html = await client.GetStringAsync("/search?q=blackmail");

        html.ShouldContain("<mark>blackmail</mark>");
        html.ShouldContain("#quote-");
    }

    [Fact]
    public async Task Should_mark_the_search_match_in_the_document_view()
    {
        using HttpClient client = _factory.CreateClient();
        SearchResults r = await _factory.Get<SearchResults>(client, "/api/search?q=negligence&kind=document");

        string html = await client.GetStringAsync(r.Hits[0].Href.Split('#')[0]);

        MarkedSearch().Match(html).Groups[1].Value.ShouldBe("negligence", StringCompareShould.IgnoreCase);
    }

    [Fact]
    public async Task Should_cover_every_page_route_in_this_class()
    {
        using HttpClient client = _factory.CreateClient();
        foreach (string route in EndpointCoverageTests.PageRoutes().Where(r => !r.Contains('{')))
        {
            (await client.GetAsync(route)).StatusCode.ShouldBe(HttpStatusCode.OK, route);
        }

        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"<[a-zA-Z][^>]*\son[a-z]+\s*=")]
    private static partial Regex EventHandler();

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<span class=\"hl h-search\" id=\"mark\"[^>]*>([^<]*)</span>")]
    private static partial Regex MarkedSearch();
}
