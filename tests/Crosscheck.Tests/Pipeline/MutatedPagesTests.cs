using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Pipeline;

/// <summary>
/// Fuzz-style: real saved news pages (the article-extraction dev pages), each broken in seven ways, go through the
/// whole pipeline. The run must end, every input must come out as a document, a named problem or a duplicate, and
/// every finding must point inside its document's text. The mutations are seeded, so a failure repeats.
/// </summary>
[Trait("Category", "Slow")]
public sealed class MutatedPagesTests
{
    private const int Pages = 4;

    [Fact]
    public void Should_analyze_or_name_every_mutated_page_without_crashing()
    {
        string source = Path.Combine(TestPaths.Shared, "data", "article-extraction", "dev");
        Assert.SkipWhen(!Directory.Exists(source), $"no article-extraction pages at {source}");
        using var folder = new Ingestion.IngestionTempFolder();
        var random = new Random(20261206);
        var names = new List<string>();
        foreach (string page in Directory.GetFiles(source, "*.html").Order(StringComparer.Ordinal).Take(Pages))
        {
            byte[] bytes = File.ReadAllBytes(page);
            string stem = Path.GetFileNameWithoutExtension(page)[..8];
            foreach ((string how, byte[] mutated) in Mutations(bytes, random))
            {
                string name = $"{stem}-{how}.html";
                folder.WriteBytes(name, mutated);
                names.Add(name);
            }
        }

        AnalysisResult result = AnalysisPipelineBuilder.CreateDefault().Build().Run([folder.Path]);

        var accounted = result.Documents.Select(d => d.Document.File).Concat(result.Problems.Select(p => p.File)).Concat(result.Duplicates.Select(p => p.File)).ToHashSet();
        names.ShouldAllBe(n => accounted.Contains(n));
        foreach (DocumentFindings f in result.Findings)
        {
            int length = result.Documents.Single(d => d.Id == f.DocId).Text.Length;
            f.Entities.Select(e => e.Span).Concat(f.Quotes.Select(q => q.Span)).Concat(f.Numbers.Select(n => n.Span)).Concat(f.Dates.Select(d => d.Span))
                .ShouldAllBe(s => s.Start >= 0 && s.Start <= s.End && s.End <= length);
        }
    }

    private static IEnumerable<(string How, byte[] Bytes)> Mutations(byte[] page, Random random)
    {
        yield return ("cut", page[..random.Next(1, page.Length)]);

        byte[] flipped = (byte[])page.Clone();
        for (int i = 0; i < 64; i++)
        {
            flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
        }

        yield return ("flipped", flipped);

        int from = random.Next(page.Length), length = random.Next(page.Length - from);
        yield return ("hole", [.. page[..from], .. page[(from + length)..]]);

        int at = random.Next(page.Length);
        yield return ("spliced", [.. page[..at], .. page[random.Next(page.Length)..], .. page[at..]]);

        int body = Math.Max(0, Encoding.UTF8.GetString(page).IndexOf("<body", StringComparison.OrdinalIgnoreCase));
        byte[] nested = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div><span>", 3000)));
        yield return ("nested", [.. page[..body], .. nested, .. page[body..]]);

        yield return ("bad-utf8", [.. page[..at], 0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, .. page[at..]]);

        byte[] script = Encoding.UTF8.GetBytes("<script>var liveNowId = \"4153701\"; " + new string('x', 200_000) + "</script><p>" + new string('"', 999) + "</p>");
        yield return ("script", [.. page[..at], .. script, .. page[at..]]);
    }
}
