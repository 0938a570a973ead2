using System.Diagnostics;
using Crosscheck.Annotation;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Quotes;

/// <summary>The extractor over the 1,683 news bodies of the shared data: fast enough, and its output sampled for reading.</summary>
[Trait("Category", "Slow")]
public sealed class QuoteCorpusTests
{

    [Fact]
    public void Should_extract_quotes_from_the_news_bodies_quickly()
    {
        string path = Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");
        Assert.SkipUnless(File.Exists(path), "fnc1 bodies not available");
        List<string> bodies = Fnc1Bodies.Texts();
        List<AnnotatedDocument> docs = [.. bodies.Select((b, i) => TextAnnotator.Annotate(new Document { Id = "b" + i, File = "b" + i, Format = SourceFormat.PlainText, Text = b }))];

        var extractor = new QuoteExtractor();
        var watch = Stopwatch.StartNew();
        var findings = new DocumentFindings[docs.Count];
        Parallel.For(0, docs.Count, i => findings[i] = extractor.Extract(docs[i], new DocumentFindings(docs[i].Id)));
        TimeSpan extract = watch.Elapsed;
        IReadOnlyList<QuoteGroup> groups = new QuoteLedger().Analyze(docs, findings, new SetFindings()).QuoteGroups;
        TimeSpan total = watch.Elapsed;

        List<Quote> quotes = [.. findings.SelectMany(f => f.Quotes)];
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{docs.Count} bodies: extract {extract.TotalSeconds:F2} s, ledger {(total - extract).TotalSeconds:F2} s, {groups.Count} groups");
        foreach (IGrouping<QuoteKind, Quote> kind in quotes.GroupBy(q => q.Kind))
        {
            output?.WriteLine($"{kind.Key}: {kind.Count()}, with speaker {kind.Count(q => q.Speaker is not null)}");
        }

        var random = new Random(7);
        foreach (Quote q in quotes.Where(q => q.Kind != QuoteKind.Scare).OrderBy(_ => random.Next()).Take(40))
        {
            string text = q.Text.Length > 80 ? q.Text[..80] + "…" : q.Text;
            output?.WriteLine($"{q.Kind,-7} {q.Speaker ?? "-",-30} {q.Cue ?? "-",-12} {text.Replace('\n', ' ')}");
        }

        foreach (Quote q in quotes.Where(q => q.Kind == QuoteKind.Block).Take(25))
        {
            output?.WriteLine($"BLOCK {q.Speaker} [{q.Cue}] {q.Text[..Math.Min(70, q.Text.Length)]}");
        }

        foreach (QuoteGroup g in groups.OrderBy(_ => random.Next()).Take(15))
        {
            output?.WriteLine($"GROUP {g.Id} [{g.Speaker}]");
            foreach (Quote m in g.Members.Take(3))
            {
                output?.WriteLine($"    {m.Speaker ?? "-"}: {m.Text[..Math.Min(100, m.Text.Length)]}");
            }
        }

        quotes.Count.ShouldBeGreaterThan(docs.Count);
    }
}
