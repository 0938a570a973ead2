using System.Net;
using Crosscheck.Ingestion;
using Crosscheck.Ingestion.Web;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

/// <summary>Which addresses a link may reach.</summary>
public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("172.32.0.1", true)]
    [InlineData("2606:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.16.5.4", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd12:3456::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    public void Should_let_links_reach_public_addresses_only(string address, bool isPublic)
    {
        AddressPolicy.IsPublic(IPAddress.Parse(address)).ShouldBe(isPublic);
    }

    [Theory]
    [InlineData("https://example.org/news/1", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org/a.txt", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("news/article.html", false)]
    public void Should_tell_links_from_paths(string input, bool isUrl)
    {
        WebInput.IsUrl(input).ShouldBe(isUrl);
    }
}

/// <summary>Inputs given as links, fetched from a local server (so private addresses are allowed where a page must be read).</summary>
public sealed class LinkInputTests : IDisposable
{
    private const string Article = """
        <html><head><title>Storm closes the harbour road</title></head><body><article>
        <h1>Storm closes the harbour road</h1>
        <p>The coastal authority closed the harbour road on Tuesday after waves damaged the sea wall, a spokeswoman said.</p>
        <p>Repairs are expected to take three weeks and will cost about 2 million euros, according to the authority.</p>
        </article></body></html>
        """;

    private readonly LocalWebServer _server = new();
    private readonly IngestionTempFolder _cache = new();

    public void Dispose()
    {
        _server.Dispose();
        _cache.Dispose();
    }

    private ReadResult Read(FetchSettings settings, params string[] inputs) => new InputReader(settings).Read(inputs);

    private FetchSettings Allowed => new() { AllowPrivate = true, CacheDir = _cache.Path, Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public void Should_refuse_a_loopback_link_unless_private_addresses_are_allowed()
    {
        _server.Page("a.html", "text/html", Article);

        ReadResult read = Read(new FetchSettings { CacheDir = _cache.Path }, _server.Url("a.html"));

        read.Documents.ShouldBeEmpty();
        read.Problems.ShouldHaveSingleItem().File.ShouldBe(_server.Url("a.html"));
        read.Problems[0].Reason.ShouldContain("--allow-private");
    }

    [Fact]
    public void Should_read_a_fetched_page_as_a_document_that_carries_its_link()
    {
        _server.Page("a.html", "text/html; charset=utf-8", Article);

        ReadResult read = Read(Allowed, _server.Url("a.html"));

        read.Problems.ShouldBeEmpty();
        var doc = read.Documents.ShouldHaveSingleItem();
        doc.File.ShouldBe(_server.Url("a.html"));
        doc.Meta.Url.ShouldBe(_server.Url("a.html"));
        doc.Text.ShouldContain("waves damaged the sea wall");
    }

    [Fact]
    public void Should_follow_a_redirect_and_refuse_a_chain_longer_than_the_limit()
    {
        _server.Page("final.html", "text/html", Article);
        _server.Redirect("r0", _server.Url("final.html"));
        for (int i = 1; i <= 6; i++)
        {
            _server.Redirect($"r{i}", _server.Url($"r{i - 1}"));
        }

        Read(Allowed, _server.Url("r0")).Documents.ShouldHaveSingleItem().Meta.Url.ShouldBe(_server.Url("final.html"));
        Read(Allowed with { CacheDir = null }, _server.Url("r6")).Problems.ShouldHaveSingleItem().Reason.ShouldContain("more than 5 redirects");
    }

    [Fact]
    public void Should_name_each_failed_link_with_its_reason_and_read_the_others()
    {
        _server.Page("a.html", "text/html", Article);
        _server.Page("photo.png", "image/png", "not an article");
        _server.Page("big.html", "text/html", new string('x', 4096));
        _server.Page("slow.html", "text/html", Article.Replace("Tuesday", "Monday", StringComparison.Ordinal), delay: TimeSpan.FromSeconds(4));

        ReadResult read = Read(Allowed with { MaxBytes = 2048, Timeout = TimeSpan.FromSeconds(1) },
            _server.Url("a.html"), _server.Url("missing.html"), _server.Url("photo.png"), _server.Url("big.html"), _server.Url("slow.html"));

        read.Documents.ShouldHaveSingleItem();
        var reasons = read.Problems.ToDictionary(p => p.File, p => p.Reason);
        reasons[_server.Url("missing.html")].ShouldContain("404");
        reasons[_server.Url("photo.png")].ShouldContain("image/png");
        reasons[_server.Url("big.html")].ShouldContain("limit");
        reasons[_server.Url("slow.html")].ShouldContain("no answer within 1 s");
    }

    [Fact]
    public void Should_read_the_kept_copy_when_the_link_is_given_again()
    {
        _server.Page("a.html", "text/html", Article);
        Read(Allowed, _server.Url("a.html")).Documents.ShouldHaveSingleItem();
        _server.Page("a.html", "text/html", "gone", status: 410);

        ReadResult again = Read(Allowed, _server.Url("a.html"));

        again.Documents.ShouldHaveSingleItem().Text.ShouldContain("waves damaged the sea wall");
        again.Notes.ShouldContain(n => n.File == _server.Url("a.html") && n.Reason.Contains("--refetch"));
        Read(Allowed with { Refetch = true }, _server.Url("a.html")).Problems.ShouldHaveSingleItem().Reason.ShouldContain("410");
    }

    [Fact]
    public void Should_read_the_articles_of_a_feed_s_summary_items_and_keep_the_summary_when_one_cannot_be_fetched()
    {
        _server.Page("a.html", "text/html", Article);
        string full = string.Join(' ', Enumerable.Repeat("The council published the full inspection report of the sea wall on Wednesday.", 12));
        _server.Page("feed.xml", "application/rss+xml", $"""
            <?xml version="1.0"?><rss version="2.0"><channel><title>Coast News</title>
            <item><title>Harbour road closed</title><link>{_server.Url("a.html")}</link><description>The harbour road is closed after a storm.</description></item>
            <item><title>Inspection report</title><link>{_server.Url("report.html")}</link><description>{full}</description></item>
            <item><title>Ferry timetable</title><link>{_server.Url("gone.html")}</link><description>Ferries run a reduced timetable this week after the storm.</description></item>
            </channel></rss>
            """);

        ReadResult read = Read(Allowed, _server.Url("feed.xml"));

        read.Documents.Count.ShouldBe(3);
        read.Documents.ShouldContain(d => d.Meta.Url == _server.Url("a.html") && d.Text.Contains("waves damaged the sea wall"));
        read.Documents.ShouldContain(d => d.Text.Contains("full inspection report"));
        read.Documents.ShouldContain(d => d.Text.Contains("reduced timetable"));
        read.Notes.ShouldContain(n => n.Reason.Contains(_server.Url("gone.html")) && n.Reason.Contains("404"));
    }
}
