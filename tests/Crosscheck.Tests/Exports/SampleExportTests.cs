using System.Text.Json;
using System.Xml.Linq;
using Crosscheck.Cli;
using Crosscheck.Exports;
using Crosscheck.Reporting;
using Crosscheck.Store;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Exports;

/// <summary>
/// The sample case and one fnc-dev story analyzed as a user does (crosscheck analyze --db), then exported in each format
/// by crosscheck export from the store; each output parsed, checked by its spec, and compared with the stored report.
/// Slow: the two analyses take about 25 s on this machine.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SampleExportTests(SampleExportTests.Cases cases) : IClassFixture<SampleExportTests.Cases>
{
    private static readonly XNamespace G = GexfExport.Namespace;

    public static TheoryData<string, string> CaseFormats() =>
        [.. from c in Cases.Names from f in ExportFormat.All select (c, f.Name)];

    [Theory]
    [MemberData(nameof(CaseFormats))]
    public void Should_export_a_real_case_in_each_format(string caseName, string format)
    {
        (Report report, string dir) = cases.Get(caseName);
        string file = Path.Combine(dir, $"export.{format}");

        var (code, stderr) = Cases.Cli("export", "--db", Path.Combine(dir, "crosscheck.db"), "--format", format, "--out", file);

        code.ShouldBe(ExitCodes.Success, stderr);
        string text = File.ReadAllText(file);
        switch (format)
        {
            case "claimreview":
                List<JsonElement> reviews = ExportChecks.ClaimReview(text);
                reviews.Select(r => ExportChecks.Text(r, "claimReviewed")).ShouldBe(report.Hypotheses.Select(h => h.Text), ignoreOrder: true);
                reviews.ShouldAllBe(r => ExportChecks.Text(r.GetProperty("reviewRating"), "alternateName")!.Contains($"of {report.Documents.Count} sources"));
                break;
            case "ftm":
                var entities = ExportChecks.Ftm(text);
                entities.Count(e => e.Schema == "Article").ShouldBe(report.Documents.Count);
                foreach (var e in report.Entities.OrderByDescending(e => e.MentionsPerDoc.Values.Sum()).Take(5))
                {
                    string schema = e.Type switch { "person" => "Person", "place" => "Address", _ => "Organization" };
                    entities.ShouldContain(x => x.Schema == schema && x.Properties["name"][0] == e.Name, $"{e.Type} {e.Name}");
                }

                entities.Count(e => e.Schema == "Documentation" && e.Properties["role"][0] == "mentioned")
                    .ShouldBe(report.Entities.Sum(e => e.MentionsPerDoc.Count(m => m.Value > 0)), "one link per document and entity it mentions");
                break;
            case "gexf":
                XDocument gexf = ExportChecks.Gexf(text);
                var labels = gexf.Descendants(G + "node").Select(n => (string)n.Attribute("label")!).ToList();
                report.Entities.Select(e => e.Name).ShouldBeSubsetOf(labels);
                gexf.Descendants(G + "edge").Count().ShouldBeGreaterThan(report.Documents.Count);
                break;
            default:
                JsonElement timeline = ExportChecks.TimelineJs(text);
                timeline.GetProperty("events").GetArrayLength().ShouldBe(report.Timeline.Count(t => TimelineJsExport.Date(t.Date) is not null));
                timeline.GetProperty("events").GetArrayLength().ShouldBeGreaterThan(0);
                foreach (JsonElement e in timeline.GetProperty("events").EnumerateArray())
                {
                    ExportChecks.Text(e.GetProperty("text"), "text")!.ShouldMatch("<a href=\"report\\.html#d\\d+-f\\d+\">");
                }

                if (report.Dates.Any(d => d.Value is null))
                {
                    ExportChecks.Text(timeline.GetProperty("title").GetProperty("text"), "text")!.ShouldContain("could not be placed on the calendar");
                }

                break;
        }
    }

    /// <summary>Each case analyzed once into its own store; the report is the one the store loads back.</summary>
    public sealed class Cases : IDisposable
    {
        /// <summary>The sample case, and one fnc-dev story.</summary>
        public static readonly string[] Names = ["sample", "fnc-dev"];

        private static string Folder(string name) => name == "sample"
            ? TestPaths.SampleCase
            : Path.Combine(TestPaths.Shared, "corpus", "fnc-dev", "teen-72-million");

        private readonly string _root = Directory.CreateTempSubdirectory("crosscheck-sample-export-").FullName;
        private readonly Dictionary<string, (Report, string)> _cases = [];

        public Cases()
        {
            foreach (string name in Names)
            {
                string dir = Path.Combine(_root, name);
                var (code, stderr) = Cli("analyze", Folder(name), "--out", dir, "--db", Path.Combine(dir, "crosscheck.db"), "--quiet");
                code.ShouldBe(ExitCodes.Success, stderr);
                using var store = new CrosscheckStore(Path.Combine(dir, "crosscheck.db"));
                _cases[name] = (store.LoadLatestReport()!, dir);
            }
        }

        public (Report Report, string Dir) Get(string name) => _cases[name];

        public static (int Code, string Stderr) Cli(params string[] args)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            return (CommandLine.Run(args, stdout, stderr), stderr.ToString());
        }

        public void Dispose() => Directory.Delete(_root, recursive: true);
    }
}
