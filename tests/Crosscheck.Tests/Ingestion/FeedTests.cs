using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class FeedTests
{
    [Fact]
    public void Should_read_each_rss_item_as_a_document()
    {
        // Given an RSS 2.0 feed with content:encoded, dc:creator, an HTML entity and a title-only item
        using var dir = new IngestionTempFolder();
        string rss = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel>
                <title>Harbour Gazette</title>
                <link>https://gazette.example</link>
                <item>
                  <title>Ferry services resume</title>
                  <link>https://gazette.example/ferry</link>
                  <dc:creator>Tom Berg</dc:creator>
                  <pubDate>Thu, 07 Mar 2024 21:40:00 -0800</pubDate>
                  <description>Short summary.</description>
                  <content:encoded><![CDATA[<p>Ferries resumed on Thursday.</p><div class="share"><a href="#">Share</a></div><p>Operators expect 5,000&nbsp;passengers.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Harbour&nbsp;fees rise</title>
                  <author>desk@gazette.example (Ines Ruiz)</author>
                  <pubDate>Fri, 8 Mar 2024 08:00:00 GMT</pubDate>
                  <description>&lt;p&gt;Fees will rise by 3 percent.&lt;/p&gt;</description>
                  <guid>https://gazette.example/fees</guid>
                </item>
                <item><title>Photo gallery</title></item>
              </channel>
            </rss>
            """;
        string path = dir.Write("gazette.rss", rss);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then each item with text is a document with the channel title as outlet
        result.Documents.Count.ShouldBe(2);
        SourceDocument first = result.Documents[0];
        first.File.ShouldBe("gazette.rss#1");
        first.Format.ShouldBe(SourceFormat.Feed);
        first.Text.ShouldBe("Ferries resumed on Thursday.\nOperators expect 5,000 passengers.");
        (first.Meta with { Published = null }).ShouldBe(new DeclaredMetadata { Title = "Ferry services resume", Author = "Tom Berg", Outlet = "Harbour Gazette", Url = "https://gazette.example/ferry" });
        first.Meta.Published!.Date.ShouldBe(new PartialDate(2024, 3, 7));
        SourceDocument second = result.Documents[1];
        second.Text.ShouldBe("Fees will rise by 3 percent.");
        (second.Meta with { Published = null }).ShouldBe(new DeclaredMetadata { Title = "Harbour fees rise", Author = "Ines Ruiz", Outlet = "Harbour Gazette", Url = "https://gazette.example/fees" });
        second.Meta.Published!.Date.ShouldBe(new PartialDate(2024, 3, 8));
        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem("gazette.rss#3", "feed item has no text, skipped"));
    }

    [Fact]
    public void Should_read_each_atom_entry_as_a_document()
    {
        // Given an Atom feed with html and xhtml content and a feed-level author
        using var dir = new IngestionTempFolder();
        string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Science Desk</title>
              <author><name>Desk Editors</name></author>
              <entry>
                <title type="html">Comet &amp;amp; meteor shower</title>
                <link rel="alternate" href="https://science.example/comet"/>
                <link rel="self" href="https://science.example/feed/comet"/>
                <published>2024-04-08T23:10:00-05:00</published>
                <updated>2024-04-09T10:00:00Z</updated>
                <author><name>Priya Nair</name></author>
                <content type="html">&lt;p&gt;The comet was visible for two nights.&lt;/p&gt;&lt;p&gt;Observers counted 120 meteors an hour.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Telescope upgrade</title>
                <link href="https://science.example/telescope"/>
                <updated>2024-04-10T09:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The mirror was replaced.</p></div></content>
              </entry>
            </feed>
            """;
        string path = dir.Write("science.xml", atom);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then both entries are documents with their own metadata
        result.Problems.ShouldBeEmpty();
        result.Documents.Count.ShouldBe(2);
        result.Documents[0].Text.ShouldBe("The comet was visible for two nights.\nObservers counted 120 meteors an hour.");
        (result.Documents[0].Meta with { Published = null }).ShouldBe(new DeclaredMetadata { Title = "Comet & meteor shower", Author = "Priya Nair", Outlet = "Science Desk", Url = "https://science.example/comet" });
        result.Documents[0].Meta.Published!.Date.ShouldBe(new PartialDate(2024, 4, 8));
        result.Documents[1].Text.ShouldBe("The mirror was replaced.");
        (result.Documents[1].Meta with { Published = null }).ShouldBe(new DeclaredMetadata { Title = "Telescope upgrade", Author = "Desk Editors", Outlet = "Science Desk", Url = "https://science.example/telescope" });
        result.Documents[1].Meta.Published!.Date.ShouldBe(new PartialDate(2024, 4, 10));
        result.Documents[1].File.ShouldBe("science.xml#2");
    }
}
