using System.Globalization;
using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

/// <summary>
/// Opt-in review aid (set CROSSCHECK_DATES_REVIEW=1): runs the reading, cleaning, dating and date stages of the
/// pipeline over the FNC-1 news bodies (one set of unrelated articles) and prints the distribution of reference
/// dates and 25 date mentions drawn with a fixed seed, each with its context and reference, to be judged by reading.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DatesReviewSample
{
    [Fact]
    public void Should_print_a_sample_of_dates_with_their_reference_for_review()
    {
        string path = Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");
        Assert.SkipUnless(Environment.GetEnvironmentVariable("CROSSCHECK_DATES_REVIEW") == "1", "set CROSSCHECK_DATES_REVIEW=1 to run");
        Assert.SkipUnless(File.Exists(path), "FNC-1 bodies not available");

        AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
        builder.Extractors.Clear();
        builder.Extractors.Add(new DateExtractor());
        builder.SetAnalyzers.Clear();
        AnalysisResult result = builder.Build().Run([path]);

        ITestOutputHelper output = TestContext.Current.TestOutputHelper!;
        List<Document> docs = [.. result.Documents.Select(d => d.Document)];
        var references = docs.GroupBy(d => d.ReferenceDate?.ToString() ?? "none").OrderByDescending(g => g.Count()).ToList();
        output.WriteLine($"{docs.Count} documents; {references.Count} distinct reference dates; {docs.Count(d => d.ReferenceInferred)} inferred; top: "
            + string.Join(", ", references.Take(6).Select(g => $"{g.Key} ×{g.Count()}")));

        Dictionary<string, Document> byId = docs.ToDictionary(d => d.Id);
        List<DateMention> mentions = [.. result.Findings.SelectMany(f => f.Dates)];
        var random = new Random(7);
        foreach (DateMention m in mentions.OrderBy(_ => random.Next()).Take(25))
        {
            Document d = byId[m.DocId];
            string context = (d.Text[Math.Max(0, m.Span.Start - 110)..m.Span.Start] + "⟦" + m.Text + "⟧" + d.Text[m.Span.End..Math.Min(d.Text.Length, m.Span.End + 60)]).ReplaceLineEndings(" ");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.File} '{m.Text}' → {m.Value?.ToString() ?? "-"} ({m.Kind}), reference {d.ReferenceDate?.ToString() ?? "none"}"));
            output.WriteLine("    " + context);
        }

        mentions.Count.ShouldBeGreaterThan(docs.Count / 2);
    }
}
