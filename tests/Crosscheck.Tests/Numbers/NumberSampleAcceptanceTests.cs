using System.Text.Json;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Numbers;

[Trait("Category", "Slow")]
public sealed class NumberSampleAcceptanceTests
{
    [Fact]
    public void Should_find_the_gold_numeric_claims_of_the_sample_case()
    {
        // Given the sample case and its 21 hand-checked numeric claims
        JsonElement gold = NumberSample.Gold;
        string mainEvent = gold.GetProperty("event").GetProperty("name").GetString()!;
        int total = 0, found = 0, right = 0, mainRight = 0;
        var misses = new List<string>();

        // When each claim is looked up among the numbers extracted from its document
        foreach (JsonElement claim in gold.GetProperty("numeric_claims").EnumerateArray())
        {
            total++;
            string file = claim.GetProperty("doc").GetString()!;
            string contains = claim.GetProperty("contains").GetString()!;
            double value = claim.GetProperty("value").GetDouble();
            string qualifier = claim.GetProperty("qualifier").GetString()!;
            string measure = claim.GetProperty("measure").GetString()!;
            bool isMain = claim.GetProperty("event").GetString() == mainEvent;

            int index = NumberSample.Documents.ToList().FindIndex(d => d.Document.File == file);
            AnnotatedDocument doc = NumberSample.Documents[index];
            int at = doc.Text.IndexOf(contains, StringComparison.Ordinal);
            var where = new TextSpan(at, at + contains.Length);
            NumberMention? n = NumberSample.Findings[index].Numbers
                .Where(m => at >= 0 && m.Span.Overlaps(where))
                .OrderBy(m => m.Value == value ? 0 : 1)
                .FirstOrDefault();
            if (n is null)
            {
                misses.Add($"not found: {contains}");
                continue;
            }

            found++;
            bool ok = n.Value == value && Snake(n.Qualifier) == qualifier && n.Measure == measure;
            right += ok ? 1 : 0;
            mainRight += n.IsMainEvent == isMain ? 1 : 0;
            if (!ok || n.IsMainEvent != isMain)
            {
                misses.Add($"{contains}: got {n.Value} {Snake(n.Qualifier)} {n.Measure} main={n.IsMainEvent} event={n.Event} holder={n.Holder}; want {value} {qualifier} {measure} main={isMain}");
            }
        }

        // Then the figures reach the targets
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"numeric claims: {total}; found {found}; value+qualifier+measure right {right}/{total}; main-event flag right {mainRight}/{total}");
        foreach (string miss in misses)
        {
            output?.WriteLine("  " + miss);
        }

        right.ShouldBeGreaterThanOrEqualTo(19, string.Join("\n", misses));
        mainRight.ShouldBeGreaterThanOrEqualTo(18, string.Join("\n", misses));
    }

    [Fact]
    public void Should_not_take_years_dates_or_times_of_the_sample_as_counts()
    {
        foreach ((AnnotatedDocument doc, DocumentFindings f) in NumberSample.Documents.Zip(NumberSample.Findings))
        {
            foreach (NumberMention n in f.Numbers.Where(n => n.Measure is not null && !n.IsVague))
            {
                n.Value.ShouldNotBeInRange(1900, 2100, $"{doc.Document.File}: {n.Text}");
            }
        }
    }

    internal static string Snake(Qualifier q) => q switch
    {
        Qualifier.AtLeast => "at_least",
        Qualifier.MoreThan => "more_than",
        Qualifier.AtMost => "at_most",
        Qualifier.FewerThan => "fewer_than",
        Qualifier.UpTo => "up_to",
        _ => q.ToString().ToLowerInvariant(),
    };
}
