using System.Text.Json;
using Crosscheck.Annotation;
using Crosscheck.Cleaning;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Dates;

/// <summary>Runs read → clean → reference dates → annotate → date extraction on the sample case and scores it against gold.json.</summary>
[Trait("Category", "Slow")]
public sealed class SampleDatesAcceptanceTests
{
    /// <summary>
    /// The bylines of the sample, as a cleaner reads them. Used only where the cleaner gives no publication
    /// date (the stub cleaner gives none), so that this test measures the date stage on its own.
    /// </summary>
    private static readonly Dictionary<string, string> Bylines = new(StringComparer.Ordinal)
    {
        ["000"] = "Mar 28",
        ["003"] = "April 01, 2024",
    };

    private sealed record GoldDate(string Doc, string Contains, string Value, string What);

    [Fact]
    public void Should_find_the_gold_dates_of_the_sample_with_their_values()
    {
        // Given the sample read and cleaned, with the bylines filled in where the cleaner found none
        string[] files = [.. Directory.GetFiles(TestPaths.SampleCase, "*.txt").Order(StringComparer.Ordinal)];
        ReadResult read = new InputReader().Read(files);
        IReadOnlyList<Document> cleaned = new DocumentCleaner().Clean(read.Documents);
        int fromCleaner = cleaned.Count(d => d.PublishedText is not null);
        List<Document> withBylines = [.. cleaned.Select(d => d.PublishedText is null && Bylines.TryGetValue(d.File[..3], out string? b) ? d with { PublishedText = b } : d)];

        // When the set is dated and each document extracted
        IReadOnlyList<Document> dated = ReferenceDates.Assign(withBylines);
        var extractor = new DateExtractor();
        Dictionary<string, (AnnotatedDocument Doc, IReadOnlyList<DateMention> Dates)> byFile = dated.ToDictionary(
            d => d.File,
            d =>
            {
                AnnotatedDocument a = TextAnnotator.Annotate(d);
                return (a, extractor.Extract(a, new DocumentFindings(d.Id)).Dates);
            });

        // Then the gold dates are found, with the right value
        List<GoldDate> gold = LoadGold();
        int found = 0, right = 0;
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"publication dates from the cleaner: {fromCleaner}/{cleaned.Count}");
        foreach (Document d in dated)
        {
            output?.WriteLine($"{d.File}: published {d.Published?.ToString() ?? "-"} (inferred {d.PublishedInferred}), reference {d.ReferenceDate?.ToString() ?? "-"} (inferred {d.ReferenceInferred})");
        }

        foreach (GoldDate g in gold)
        {
            (AnnotatedDocument doc, IReadOnlyList<DateMention> dates) = byFile[g.Doc];
            int at = doc.Text.IndexOf(g.Contains, StringComparison.Ordinal);
            DateMention? hit = at < 0 ? null : dates.FirstOrDefault(m => m.Span.Overlaps(new TextSpan(at, at + g.Contains.Length)));
            bool ok = hit?.Value?.ToString() == g.Value;
            found += hit is null ? 0 : 1;
            right += ok ? 1 : 0;
            output?.WriteLine($"{(ok ? "OK  " : "MISS")} {g.Doc[..3]} \"{g.Contains}\" gold {g.Value} got {hit?.Text ?? "-"} = {hit?.Value?.ToString() ?? "-"} [{hit?.Kind}] event: {hit?.Event}");
        }

        int total = byFile.Values.Sum(v => v.Dates.Count);
        output?.WriteLine($"gold dates found: {found}/{gold.Count}, with the right value: {right}/{gold.Count}; date mentions in all: {total}");
        foreach ((AnnotatedDocument doc, IReadOnlyList<DateMention> dates) in byFile.Values)
        {
            foreach (DateMention m in dates)
            {
                output?.WriteLine($"  {doc.Document.File[..3]} {m.Text,-28} {m.Value?.ToString() ?? "-",-10} {m.Kind,-8} inferred={m.Inferred,-5} | {m.Event}");
            }
        }

        // And the timeline gathers the sources of each day
        SetFindings set = new TimelineBuilder().Analyze(
            [.. byFile.Values.Select(v => v.Doc)],
            [.. byFile.Values.Select(v => new DocumentFindings(v.Doc.Id) { Dates = v.Dates })],
            new SetFindings());
        foreach (TimelineEntry entry in set.Timeline)
        {
            output?.WriteLine($"timeline {entry.Date,-10} {entry.Mentions.Select(m => m.DocId).Distinct().Count()} source(s): {entry.Description}");
        }

        right.ShouldBeGreaterThanOrEqualTo(21);
        set.Timeline.Single(e => e.Date == new PartialDate(2024, 3, 22)).Mentions.Select(m => m.DocId).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
    }

    private static List<GoldDate> LoadGold()
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json")));
        return [.. json.RootElement.GetProperty("dates").EnumerateArray().Select(e => new GoldDate(
            e.GetProperty("doc").GetString()!,
            e.GetProperty("contains").GetString()!,
            e.GetProperty("value").GetString()!,
            e.GetProperty("what").GetString()!))];
    }
}
