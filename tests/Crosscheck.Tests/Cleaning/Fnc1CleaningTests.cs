using System.Diagnostics;
using System.Text;
using Crosscheck.Cleaning;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cleaning;

/// <summary>
/// The clean stage over the 1,683 FNC-1 training bodies (plain article text, almost no chrome):
/// it must not eat article text. Writes the removed lines to the test output for review.
/// </summary>
[Trait("Category", "Slow")]
public sealed class Fnc1CleaningTests(ITestOutputHelper output)
{
    private static string BodiesPath => Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");

    [Fact]
    public void Should_remove_little_of_plain_article_bodies()
    {
        Assert.SkipUnless(File.Exists(BodiesPath), "FNC-1 bodies not available");

        // Given all bodies as one set
        List<SourceDocument> sources = Fnc1Bodies.Documents
            .Select(b => CleaningInputs.Source(b.Text, b.File))
            .ToList();

        // When
        var watch = Stopwatch.StartNew();
        IReadOnlyList<CleaningContext> contexts = DocumentCleaner.Analyze(sources);
        IReadOnlyList<Document> docs = new DocumentCleaner().Clean(sources);
        watch.Stop();

        // Then
        long before = sources.Sum(s => (long)NonSpace(s.Text));
        long after = docs.Sum(d => (long)NonSpace(d.Text));
        double removedShare = 1 - ((double)after / before);
        var byReason = contexts
            .SelectMany(c => Enumerable.Range(0, c.Lines.Count).Where(i => c.Role(i) is not (LineRole.Body or LineRole.Blank))
                .Select(i => (Reason: c.Reason(i) ?? "?", File: c.Source.File, c.Lines[i].Text)))
            .ToList();

        var report = new StringBuilder();
        report.AppendLine($"documents {docs.Count}, removed {removedShare:P2} of non-space characters, {byReason.Count} lines, {watch.ElapsedMilliseconds} ms (cleaned twice)");
        report.AppendLine($"titles {docs.Count(d => d.Title is not null)}, authors {docs.Count(d => d.Author is not null)}, dates {docs.Count(d => d.PublishedText is not null)}");
        foreach (var group in byReason.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()))
        {
            report.AppendLine($"== {group.Key}: {group.Count()}");
            foreach (var r in group.Take(40))
            {
                report.AppendLine($"   {r.File}: {r.Text[..Math.Min(140, r.Text.Length)]}");
            }
        }

        foreach (Document empty in docs.Where(d => d.Text.Length == 0))
        {
            report.AppendLine($"EMPTY {empty.File}: {string.Join(" / ", empty.RemovedLines)}");
        }

        output.WriteLine(report.ToString());
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "crosscheck-fnc1-cleaning.txt"), report.ToString());
        removedShare.ShouldBeLessThan(0.03);
        docs.Where((d, i) => d.Text.Length == 0 && LineShapeWords(sources[i].Text) >= 50).ShouldBeEmpty();
    }

    private static int LineShapeWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int NonSpace(string text) => text.Count(c => !char.IsWhiteSpace(c));
}
