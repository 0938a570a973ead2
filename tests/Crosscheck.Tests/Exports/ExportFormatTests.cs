using System.Text.Json;
using System.Xml.Linq;
using Crosscheck.Exports;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Reporting;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Exports;

/// <summary>The four export formats on small hand-built reports: each parsed and checked by its spec, and its content asserted.</summary>
public sealed class ExportFormatTests
{
    private static readonly XNamespace G = GexfExport.Namespace;

    public static TheoryData<string> Formats() => [.. ExportFormat.All.Select(f => f.Name)];

    private static string Export(ExportFormat format, Report report) => format.Write(report, new ReportHtmlLinks(report));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Should_write_each_format_so_that_a_parser_and_its_spec_accept_it(string name)
    {
        // Given a report with documents, quotes, entities, a timeline, and one with hypotheses and stances
        ExportFormat format = ExportFormat.Find(name)!;

        foreach (Report report in (Report[])[ReportSamples.Small(withThird: true), HypothesisReportSample.Build()])
        {
            // When it is exported, Then the format's parser and its published requirements accept it
            string text = Export(format, report);
            switch (name)
            {
                case "claimreview":
                    ExportChecks.ClaimReview(text).Count.ShouldBe(report.Hypotheses.Count + report.ClaimStances.Select(c => c.Claim).Distinct().Count());
                    break;
                case "ftm":
                    ExportChecks.Ftm(text).Count(e => e.Schema == "Article").ShouldBe(report.Documents.Count);
                    break;
                case "gexf":
                    ExportChecks.Gexf(text).Descendants(G + "node").Count().ShouldBeGreaterThanOrEqualTo(report.Documents.Count + report.Entities.Count);
                    break;
                default:
                    ExportChecks.TimelineJs(text).GetProperty("events").GetArrayLength().ShouldBe(report.Timeline.Count);
                    break;
            }
        }
    }

    [Fact]
    public void Should_review_each_hypothesis_with_the_articles_stances_counted_and_no_truth_rating()
    {
        Report report = HypothesisReportSample.Build();

        List<JsonElement> reviews = ExportChecks.ClaimReview(Export(ExportFormat.ClaimReview, report));

        int sources = report.Documents.Count;
        foreach (var h in report.Hypotheses)
        {
            JsonElement review = reviews.Single(r => ExportChecks.Text(r, "claimReviewed") == h.Text);
            var own = report.Stances.Where(s => s.Hypothesis == h.Id && s.Holder is null).DistinctBy(s => s.Doc).ToList();
            int supports = own.Count(s => s.Stance == "supports"), rejects = own.Count(s => s.Stance == "rejects");
            string rating = ExportChecks.Text(review.GetProperty("reviewRating"), "alternateName")!;
            string expected = (supports, rejects) switch
            {
                (0, 0) => "Not enough evidence",
                (0, _) => $"Rejected by {rejects} of {sources} sources",
                (_, 0) => $"Supported by {supports} of {sources} sources",
                _ => $"Supported by {supports} of {sources} sources, rejected by {rejects}",
            };
            rating.ShouldStartWith(expected, Case.Sensitive, $"{h.Id}: {h.Text}");
            ExportChecks.Text(review.GetProperty("reviewRating"), "ratingExplanation")!.ShouldContain("does not rate truth");
            review.GetProperty("itemReviewed").GetProperty("appearance").GetArrayLength()
                .ShouldBe(report.Stances.Where(s => s.Hypothesis == h.Id && s.Stance != "absent").Select(s => s.Doc).Distinct().Count());
        }

        reviews.ShouldContain(r => ExportChecks.Text(r.GetProperty("reviewRating"), "alternateName")!.StartsWith("Supported by", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_each_appearance_the_article_and_its_stance()
    {
        Report report = HypothesisReportSample.Build();
        var stance = report.Stances.First(s => s.Holder is null && s.Stance == "supports" && s.Evidence.Count > 0);
        ReportDocument doc = report.Documents.Single(d => d.File == stance.Doc);

        JsonElement review = ExportChecks.ClaimReview(Export(ExportFormat.ClaimReview, report))
            .Single(r => ExportChecks.Text(r, "claimReviewed") == report.Hypotheses.Single(h => h.Id == stance.Hypothesis).Text);

        JsonElement work = review.GetProperty("itemReviewed").GetProperty("appearance").EnumerateArray()
            .Single(w => ExportChecks.Text(w, "name") == (doc.Title ?? doc.Outlet ?? doc.File));
        ExportChecks.Text(work, "description")!.ShouldStartWith($"The article supports it: “{stance.Evidence[0].Text}");
        ExportChecks.Text(work, "url").ShouldBe(doc.Url ?? new ReportHtmlLinks(report).Finding(doc.File, "stance", stance.Evidence[0].Start, stance.Evidence[0].End));
    }

    [Fact]
    public void Should_write_people_organisations_articles_and_their_links_as_followthemoney_entities()
    {
        Report report = ReportSamples.Small();

        var entities = ExportChecks.Ftm(Export(ExportFormat.FollowTheMoney, report));

        var person = entities.Single(e => e.Schema == "Person");
        person.Properties["name"].ShouldBe(["Ana Lopes"]);
        person.Properties["alias"].ShouldBe(["Mayor Ana Lopes", "Lopes"]);
        var article = entities.Single(e => e.Schema == "Article" && e.Properties["fileName"][0] == "a.txt");
        article.Properties["title"].ShouldBe(["Market fire kills 12"]);
        article.Properties["publishedAt"].ShouldBe(["2024-03-03"]);
        article.Properties["sourceUrl"].ShouldBe(["https://example.org/a"]);
        entities.Single(e => e.Schema == "Article" && e.Properties["fileName"][0] == "b.txt").Properties.Keys.ShouldNotContain("publishedAt", "an inferred date is not a declared one");
        string ledger = entities.Single(e => e.Properties.GetValueOrDefault("name")?[0] == "The Daily Ledger").Id;
        var links = entities.Where(e => e.Schema == "Documentation").ToList();
        links.ShouldContain(l => l.Properties["entity"][0] == person.Id && l.Properties["document"][0] == article.Id && l.Properties["role"][0] == "mentioned");
        links.ShouldContain(l => l.Properties["entity"][0] == person.Id && l.Properties["role"][0] == "quoted");
        links.ShouldContain(l => l.Properties["entity"][0] == ledger && l.Properties["role"][0] == "cited as a source");
    }

    [Fact]
    public void Should_make_a_named_speaker_a_person_but_not_an_unnamed_one()
    {
        Report small = ReportSamples.Small();
        Report report = small with
        {
            Quotes = [.. small.Quotes, small.Quotes[0] with { Speaker = "Jo Park" }, small.Quotes[1] with { Speaker = "a spokesman" }],
        };

        var people = ExportChecks.Ftm(Export(ExportFormat.FollowTheMoney, report)).Where(e => e.Schema == "Person").Select(e => e.Properties["name"][0]).ToList();

        people.ShouldBe(["Ana Lopes", "Jo Park"], ignoreOrder: true);
    }

    [Fact]
    public void Should_keep_the_ids_from_one_export_to_the_next()
    {
        string first = Export(ExportFormat.FollowTheMoney, ReportSamples.Small());
        string second = Export(ExportFormat.FollowTheMoney, ReportSamples.Small(withThird: true));

        var after = ExportChecks.Ftm(second).Select(e => e.Id).ToList();
        ExportChecks.Ftm(first).Select(e => e.Id).ShouldBeSubsetOf(after, "a third document changes none of the other ids");
        after.Count.ShouldBeGreaterThan(ExportChecks.Ftm(first).Count);
        ExportIds.Of("entity", "person", "ana lopes").ShouldBe(ExportIds.Of("entity", "person", "ana lopes"));
        ExportIds.Of("entity", "person", "ana lopes").ShouldNotBe(ExportIds.Of("entity", "organization", "ana lopes"));
    }

    [Fact]
    public void Should_draw_mentions_and_citations_from_documents_and_quotes_from_speakers()
    {
        Report report = ReportSamples.Small();

        XDocument gexf = ExportChecks.Gexf(Export(ExportFormat.Gexf, report));

        var nodes = gexf.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        string Kind(XElement e) => e.Descendants(G + "attvalue").Single(v => (string)v.Attribute("for")! == "kind").Attribute("value")!.Value;
        var edges = gexf.Descendants(G + "edge").Select(e => (Kind: Kind(e), From: nodes[(string)e.Attribute("source")!], To: nodes[(string)e.Attribute("target")!], Weight: (string)e.Attribute("weight")!)).ToList();
        edges.ShouldContain(("mention", "#1 City Post, ‘Market fire kills 12’, 3 Mar 2024", "Ana Lopes", "1"));
        edges.ShouldContain(("quote", "Ana Lopes", "#2 Valley News, ‘Toll rises to 15 <b>after</b> fire’, about 4 Mar 2024", "1"));
        edges.ShouldContain(("citation", "#2 Valley News, ‘Toll rises to 15 <b>after</b> fire’, about 4 Mar 2024", "The Daily Ledger", "1"));
        edges.ShouldContain(("citation", "#1 City Post, ‘Market fire kills 12’, 3 Mar 2024", "Reuters", "1"), "a cited source the entity index holds is that entity");
        ((string?)gexf.Root!.Element(G + "graph")!.Attribute("defaultedgetype")).ShouldBe("directed");
    }

    [Fact]
    public void Should_keep_the_graph_well_formed_when_a_name_holds_a_character_xml_cannot_hold()
    {
        Report small = ReportSamples.Small();
        Report report = small with { Entities = [.. small.Entities, new ReportEntity("e9", "Odd\u0001Name \U0001F642", "person", [], new Dictionary<string, int>())] };

        XDocument gexf = ExportChecks.Gexf(Export(ExportFormat.Gexf, report));

        gexf.Descendants(G + "node").ShouldContain(n => (string)n.Attribute("label")! == "OddName \U0001F642");
    }

    [Fact]
    public void Should_give_each_timeline_event_its_date_its_sentence_and_a_link_to_it()
    {
        Report report = ReportSamples.Small();
        ReportTimelineEntry first = report.Timeline[0];
        ReportDateRef source = first.Sources[0];

        JsonElement timeline = ExportChecks.TimelineJs(Export(ExportFormat.TimelineJs, report));

        JsonElement e = timeline.GetProperty("events")[0];
        e.GetProperty("start_date").GetProperty("year").GetInt32().ShouldBe(2024);
        e.GetProperty("start_date").GetProperty("month").GetInt32().ShouldBe(3);
        e.GetProperty("start_date").GetProperty("day").GetInt32().ShouldBe(3);
        ExportChecks.Text(e.GetProperty("text"), "headline").ShouldBe(first.Description);
        string html = ExportChecks.Text(e.GetProperty("text"), "text")!;
        html.ShouldContain("“Officials said 12 people were killed on March 3.”");
        html.ShouldContain($"href=\"{new ReportHtmlLinks(report).Finding(source.Doc, "date", source.Start, source.End)}\"");
        new ReportHtmlLinks(report).Finding(source.Doc, "date", source.Start, source.End)!.ShouldMatch(@"^report\.html#d1-f\d+$");
    }

    [Fact]
    public void Should_leave_out_the_dates_it_cannot_place_and_say_how_many()
    {
        Report small = ReportSamples.Small();
        Report report = small with
        {
            Dates = [.. small.Dates, new ReportDate("a.txt", "some weeks ago", null, "relative", false, null, 0, 4)],
            Timeline = [.. small.Timeline, new ReportTimelineEntry("2024-SU", "a summer", [new ReportDateRef("b.txt", "this summer", 0, 4)])],
        };

        JsonElement timeline = ExportChecks.TimelineJs(Export(ExportFormat.TimelineJs, report));

        timeline.GetProperty("events").GetArrayLength().ShouldBe(small.Timeline.Count);
        ExportChecks.Text(timeline.GetProperty("title").GetProperty("text"), "text")!.ShouldContain("2 dates in the texts could not be placed on the calendar (“some weeks ago”)");
    }

    [Theory]
    [InlineData("2024", 2024, null, null)]
    [InlineData("2024-03", 2024, 3, null)]
    [InlineData("2024-03-22", 2024, 3, 22)]
    public void Should_read_a_timeline_date_at_the_precision_known(string iso, int year, int? month, int? day)
    {
        TimelineJsExport.Date(iso).ShouldBe(new TimelineJsDate(year, month, day));
    }

    [Theory]
    [InlineData("2024-W12")]
    [InlineData("2024-SU")]
    [InlineData("199X")]
    [InlineData("2024-13")]
    [InlineData("")]
    public void Should_not_place_a_date_that_is_not_on_the_calendar(string value)
    {
        TimelineJsExport.Date(value).ShouldBeNull();
    }

    [Fact]
    public void Should_find_a_format_by_its_name_only()
    {
        ExportFormat.Find("GEXF").ShouldBe(ExportFormat.Gexf);
        ExportFormat.Find(" ftm ").ShouldBe(ExportFormat.FollowTheMoney);
        ExportFormat.Find("pdf").ShouldBeNull();
        ExportFormat.Find(null).ShouldBeNull();
        ExportFormat.Names.ShouldBe("claimreview, ftm, gexf, timelinejs");
    }
}
