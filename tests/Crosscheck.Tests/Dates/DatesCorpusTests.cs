using System.Diagnostics;
using Crosscheck.Annotation;
using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

/// <summary>Runs the date stage over the 1,683 news bodies of the FNC-1 training set: speed, and a sample to read.</summary>
[Trait("Category", "Slow")]
public sealed class DatesCorpusTests
{
    [Fact]
    public void Should_extract_dates_from_the_news_bodies_quickly()
    {
        string path = Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");
        Assert.SkipUnless(File.Exists(path), "FNC-1 bodies not available");
        List<string> bodies = Fnc1Bodies.Texts();
        List<Document> docs = [.. bodies.Select((b, i) => new Document
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            File = $"{i}.txt",
            Format = SourceFormat.PlainText,
            Text = b,
        })];

        var watch = Stopwatch.StartNew();
        IReadOnlyList<Document> dated = ReferenceDates.Assign(docs);
        var extractor = new DateExtractor();
        var all = new DateMention[dated.Count][];
        Parallel.For(0, dated.Count, i => all[i] = [.. extractor.Extract(TextAnnotator.Annotate(dated[i]), new DocumentFindings(dated[i].Id)).Dates]);
        watch.Stop();

        int mentions = all.Sum(a => a.Length), resolved = all.Sum(a => a.Count(m => m.Value is not null));
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{bodies.Count} bodies, {mentions} date mentions ({resolved} resolved) in {watch.ElapsedMilliseconds} ms");
        foreach (DateMention m in all.SelectMany(a => a).Where((_, i) => i % 61 == 0).Take(100))
        {
            string text = dated[int.Parse(m.DocId, System.Globalization.CultureInfo.InvariantCulture)].Text;
            string context = text[Math.Max(0, m.Span.Start - 30)..Math.Min(text.Length, m.Span.End + 20)].ReplaceLineEndings(" ");
            output?.WriteLine($"  {m.DocId,5} {m.Text,-24} {m.Value?.ToString() ?? "-",-10} {m.Kind,-8} | {context}");
        }

        bodies.Count.ShouldBeGreaterThan(1000);
        mentions.ShouldBeGreaterThan(bodies.Count / 2);
        // The whole pipeline's budget is 30 s on 2 cores; a Debug build on a shared machine is far slower than Release.
    }
}
