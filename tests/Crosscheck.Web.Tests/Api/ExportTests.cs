using System.Net;
using System.Text.Json;
using Crosscheck.Exports;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Tests.Exports;
using Crosscheck.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Exports: each table as CSV, the whole case as report.json, and the OpenAPI document.</summary>
public sealed class ExportTests(SampleStore sample) : IDisposable
{
    private readonly WorkspaceFactory _factory = new(sample.Settings);

    public static TheoryData<string> Tables() => [.. CsvExport.Tables];

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task Should_export_each_table_as_csv_with_one_row_per_record(string table)
    {
        using HttpClient client = _factory.CreateClient();
        Report report = ReportOf(await client.GetStringAsync("/api/export/report.json"));

        HttpResponseMessage response = await client.GetAsync($"/api/export/{table}.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        string csv = await response.Content.ReadAsStringAsync();
        int expected = table switch
        {
            "documents" => report.Documents.Count,
            "quotes" => report.Quotes.Count,
            "quote_groups" => report.QuoteGroups.Sum(g => g.Variants.Count),
            "numbers" => report.Numbers.Count,
            "number_findings" => report.NumberFindings.Sum(f => f.Values.Count),
            "dates" => report.Dates.Count,
            "timeline" => report.Timeline.Sum(t => t.Sources.Count),
            "entities" => report.Entities.Count,
            "entity_mentions" => report.EntityMentions.Count,
            "cited_sources" => report.CitedSources.Count,
            "hypotheses" => report.Hypotheses.Count,
            "stances" => report.Stances.Count,
            _ => throw new InvalidOperationException(table),
        };
        Records(csv).Count.ShouldBe(expected + 1, $"{table}: header + one line per record");
    }

    [Fact]
    public async Task Should_export_the_case_as_report_json()
    {
        using HttpClient client = _factory.CreateClient();

        Report report = ReportOf(await client.GetStringAsync("/api/export/report.json"));

        report.Tool.ShouldBe("crosscheck");
        report.Documents.Count.ShouldBe(5);
        report.Quotes.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Should_answer_404_for_an_unknown_table()
    {
        using HttpClient client = _factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/api/export/passwords.csv");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("tables: documents");
    }

    public static TheoryData<string> Formats() => [.. ExportFormat.All.Select(f => f.Name)];

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Should_download_each_analysts_format_as_a_file_its_parser_accepts(string format)
    {
        using HttpClient client = _factory.CreateClient();
        Report report = ReportOf(await client.GetStringAsync("/api/export/report.json"));

        HttpResponseMessage response = await client.GetAsync($"/api/export/{format}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ExportFormat f = ExportFormat.Find(format)!;
        response.Content.Headers.ContentType!.MediaType.ShouldBe(f.MediaType);
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe(f.FileName);
        string text = await response.Content.ReadAsStringAsync();
        switch (format)
        {
            case "claimreview":
                ExportChecks.ClaimReview(text).Select(r => ExportChecks.Text(r, "claimReviewed")).ShouldBe(report.Hypotheses.Select(h => h.Text), ignoreOrder: true);
                break;
            case "ftm":
                ExportChecks.Ftm(text).Where(e => e.Schema == "Person").Select(e => e.Properties["name"][0])
                    .ShouldContain(report.Entities.First(e => e.Type == "person").Name);
                break;
            case "gexf":
                ExportChecks.Gexf(text).Descendants().Select(e => (string?)e.Attribute("label")).ShouldContain(report.Entities[0].Name);
                break;
            default:
                var events = ExportChecks.TimelineJs(text).GetProperty("events");
                events.GetArrayLength().ShouldBe(report.Timeline.Count(t => TimelineJsExport.Date(t.Date) is not null));
                ExportChecks.Text(events[0].GetProperty("text"), "text")!.ShouldMatch("<a href=\"http://localhost/documents/[0-9a-f]+#date-\\d+-\\d+\">");
                break;
        }
    }

    [Fact]
    public async Task Should_answer_400_naming_the_formats_for_an_unknown_format()
    {
        using HttpClient client = _factory.CreateClient();

        HttpResponseMessage response = await client.GetAsync("/api/export/pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("unknown export format 'pdf'; formats: claimreview, ftm, gexf, timelinejs");
    }

    [Fact]
    public async Task Should_offer_the_analysts_formats_in_the_export_menu()
    {
        using HttpClient client = _factory.CreateClient();

        string overview = await client.GetStringAsync("/");

        foreach (ExportFormat f in ExportFormat.All)
        {
            overview.ShouldContain($"href=\"/api/export/{f.Name}\"");
        }
    }

    [Fact]
    public async Task Should_describe_every_api_endpoint_in_the_openapi_document()
    {
        using HttpClient client = _factory.CreateClient();

        using JsonDocument doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldBe(EndpointCoverageTests.ApiRoutes().Select(r => r.Route).Distinct(), ignoreOrder: true);
        doc.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("CaseOverview", out _).ShouldBeTrue();
        foreach (JsonProperty path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (JsonProperty operation in path.Value.EnumerateObject())
            {
                operation.Value.GetProperty("responses").EnumerateObject().ShouldContain(r => r.Name.StartsWith('2'), $"{operation.Name} {path.Name}: no success response described");
            }
        }
    }

    public void Dispose() => _factory.Dispose();

    private static Report ReportOf(string json) => JsonSerializer.Deserialize(json, ReportJsonContext.Default.Report)!;

    /// <summary>The CSV's records (a quoted cell may hold line breaks).</summary>
    private static List<string> Records(string csv)
    {
        var records = new List<string>();
        int start = 0;
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            if (csv[i] == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && csv[i] == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                records.Add(csv[start..i]);
                start = i + 2;
                i++;
            }
        }

        return records;
    }
}
