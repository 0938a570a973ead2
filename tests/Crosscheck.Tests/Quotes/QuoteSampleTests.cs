using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Quotes;

/// <summary>Acceptance: the quote extractor against the hand-checked quotes of the sample case.</summary>
[Trait("Category", "Slow")]
public sealed partial class QuoteSampleTests
{
    private const int TargetFound = 32;
    private const int MaxScareAsStatement = 2;

    [Fact]
    public void Should_find_gold_quotes_with_their_speakers()
    {
        // Given the sample case and its gold quotes
        Dictionary<string, string[]> aliases = Aliases();
        var misses = new List<string>();
        int total = 0, found = 0;

        // When each gold quote is looked up among the extracted quotes of its document
        foreach (JsonElement g in QuoteSample.Gold.GetProperty("quotes").EnumerateArray())
        {
            total++;
            string doc = g.GetProperty("doc").GetString()!;
            string speaker = g.GetProperty("speaker").GetString()!;
            string contains = QuoteMatching.NormalizeText(g.GetProperty("contains").GetString()!);
            List<Quote> candidates = QuotesOf(doc).Where(q => QuoteMatching.NormalizeText(q.Text).Contains(contains, StringComparison.Ordinal)).ToList();
            string[] speakerAliases = aliases.GetValueOrDefault(speaker, []);
            if (candidates.Any(q => q.Kind != QuoteKind.Scare && QuoteMatching.SpeakerMatches(q.Speaker, speaker, speakerAliases)))
            {
                found++;
                continue;
            }

            string got = candidates.Count == 0 ? "not found" : string.Join("; ", candidates.Select(q => $"{q.Kind} by {q.Speaker ?? "(none)"} cue {q.Cue}"));
            misses.Add($"{doc}: [{speaker}] \"{contains}\" -> {got}");
        }

        // Then most are found with the right speaker
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"gold quotes found with the right speaker: {found}/{total} (target {TargetFound})");
        foreach (string miss in misses)
        {
            output?.WriteLine("MISS " + miss);
        }

        found.ShouldBeGreaterThanOrEqualTo(TargetFound, string.Join("\n", misses));
    }

    [Fact]
    public void Should_not_report_scare_quotes_as_statements()
    {
        // Given the scare quotes the gold file lists
        string note = QuoteSample.Gold.GetProperty("not_quotes_note").GetString()!;
        string[] terms = [.. QuotedTerm().Matches(note).Select(m => QuoteMatching.NormalizeText(m.Groups[1].Value))];
        terms.Length.ShouldBeGreaterThan(3);

        // When the extracted quotes with exactly those words are collected
        List<Quote> all = [.. QuoteSample.Findings.SelectMany(f => f.Quotes)];
        List<Quote> asStatements = [.. all.Where(q => q.Kind != QuoteKind.Scare && q.Speaker is not null && terms.Contains(QuoteMatching.NormalizeText(q.Text)))];
        int asScare = all.Count(q => q.Kind == QuoteKind.Scare && terms.Contains(QuoteMatching.NormalizeText(q.Text)));

        // Then (almost) none is given to a speaker
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"scare-quote occurrences marked Scare: {asScare}; reported as a speaker's statement: {asStatements.Count} (target ≤ {MaxScareAsStatement})");
        foreach (Quote q in asStatements)
        {
            output?.WriteLine($"AS STATEMENT {QuoteSample.FileOf(q.DocId)}: “{q.Text}” {q.Kind} by {q.Speaker}");
        }

        asScare.ShouldBeGreaterThan(0);
        asStatements.Count.ShouldBeLessThanOrEqualTo(MaxScareAsStatement);
    }

    [Fact]
    public void Should_print_every_quote_of_the_sample()
    {
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        int count = 0;
        foreach (DocumentFindings f in QuoteSample.Findings)
        {
            foreach (Quote q in f.Quotes)
            {
                count++;
                string text = q.Text.Length > 90 ? q.Text[..90] + "…" : q.Text;
                output?.WriteLine($"{QuoteSample.FileOf(q.DocId)[..3]} {q.Kind,-7} {q.Speaker ?? "-",-35} {q.Cue ?? "-",-12} {text}");
                q.Span.Slice(QuoteSample.Documents.First(d => d.Id == q.DocId).Text).ShouldContain(q.Text.Length > 20 ? q.Text[..20] : q.Text);
            }
        }

        count.ShouldBeGreaterThan(36);
    }

    private static IEnumerable<Quote> QuotesOf(string file)
    {
        string id = QuoteSample.Documents.First(d => d.Document.File == file).Id;
        return QuoteSample.Findings.First(f => f.DocId == id).Quotes;
    }

    private static Dictionary<string, string[]> Aliases()
    {
        var map = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (JsonElement e in QuoteSample.Gold.GetProperty("entity_aliases").EnumerateArray())
        {
            string[] aliases = [.. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)];
            map[e.GetProperty("canonical").GetString()!] = aliases;
        }

        return map;
    }

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex QuotedTerm();
}
