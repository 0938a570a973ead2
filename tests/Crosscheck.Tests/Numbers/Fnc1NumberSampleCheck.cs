using System.Globalization;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

/// <summary>
/// Manual precision check over real news: runs the whole pipeline on the FNC-1 training bodies and writes 25 numbers
/// drawn at random (fixed seed) with their context, for a person to judge. Runs only when CROSSCHECK_FNC1_NUMBERS
/// is set (to the output file, or to "1" for /tmp/crosscheck-fnc1-numbers.txt).
/// </summary>
[Trait("Category", "Slow")]
public sealed class Fnc1NumberSampleCheck(ITestOutputHelper output)
{
    private const int SampleSize = 25;
    private const int Seed = 2024;

    [Fact]
    public void Should_write_a_random_sample_of_numbers_when_asked()
    {
        string? target = Environment.GetEnvironmentVariable("CROSSCHECK_FNC1_NUMBERS");
        string bodies = Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");
        Assert.SkipUnless(target is { Length: > 0 } && File.Exists(bodies), "set CROSSCHECK_FNC1_NUMBERS to run");

        // Given the whole pipeline on all bodies
        AnalysisResult result = AnalysisPipelineBuilder.CreateDefault().Build().Run([bodies]);
        var texts = result.Documents.ToDictionary(d => d.Id, d => d.Text);

        // When numbers are drawn at random
        List<NumberMention> all = [.. result.Findings.SelectMany(f => f.Numbers)];
        var random = new Random(Seed);
        List<NumberMention> sample = [.. all.OrderBy(_ => random.Next()).Take(SampleSize)];

        // Then they are written with ±120 characters of context
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"numbers {all.Count} in {result.Documents.Count} documents; with a measure {all.Count(n => n.Measure is not null)}");
        int i = 1;
        foreach (NumberMention n in sample)
        {
            string text = texts[n.DocId];
            int from = Math.Max(0, n.Span.Start - 120), to = Math.Min(text.Length, n.Span.End + 120);
            string context = (text[from..n.Span.Start] + "⟦" + n.Span.Slice(text) + "⟧" + text[n.Span.End..to]).ReplaceLineEndings(" ");
            string high = n.ValueHigh is { } h ? string.Create(CultureInfo.InvariantCulture, $"-{h}") : "";
            report.AppendLine(CultureInfo.InvariantCulture, $"{i++,2}. `{n.Text}` = {n.Value}{high} / {n.Qualifier} / measure {n.Measure ?? "-"} / vague {n.IsVague}");
            report.AppendLine("    " + context);
        }

        output.WriteLine(report.ToString());
        File.WriteAllText(target == "1" ? Path.Combine(Path.GetTempPath(), "crosscheck-fnc1-numbers.txt") : target!, report.ToString());
        sample.Count.ShouldBe(SampleSize);
    }
}
