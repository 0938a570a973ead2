using System.Text.Json;
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

/// <summary>Acceptance: the quote ledger on the sample case forms the gold groups and mixes no statements.</summary>
[Trait("Category", "Slow")]
public sealed class QuoteLedgerSampleTests
{
    [Fact]
    public void Should_form_the_gold_groups_and_keep_statements_apart()
    {
        // Given the extracted quotes of the sample and the gold quotes that name a group
        SetFindings set = new QuoteLedger().Analyze(QuoteSample.Documents, QuoteSample.Findings, new SetFindings());
        var gold = QuoteSample.Gold.GetProperty("quotes").EnumerateArray()
            .Select(g => (Doc: g.GetProperty("doc").GetString()!, Contains: QuoteMatching.NormalizeText(g.GetProperty("contains").GetString()!),
                Group: g.TryGetProperty("group", out JsonElement e) ? e.GetString() : null))
            .ToList();

        // When each ledger group is mapped to the gold statements its members match
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;
        var groupOfGold = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var mixed = new List<string>();
        foreach (QuoteGroup group in set.QuoteGroups)
        {
            output?.WriteLine($"{group.Id} [{group.Speaker ?? "-"}]");
            var statements = new HashSet<string>(StringComparer.Ordinal);
            foreach (Quote q in group.Members)
            {
                string file = QuoteSample.FileOf(q.DocId);
                string text = QuoteMatching.NormalizeText(q.Text);
                var match = gold.FirstOrDefault(g => g.Doc == file && text.Contains(g.Contains, StringComparison.Ordinal));
                string statement = match.Doc is null ? "(no gold)" : match.Group ?? "single:" + match.Contains;
                statements.Add(statement);
                output?.WriteLine($"   {file[..3]} {q.Speaker ?? "-"}: {q.Text} -> {statement}");
                if (match.Group is { } g)
                {
                    if (!groupOfGold.TryGetValue(g, out HashSet<string>? ids))
                    {
                        groupOfGold[g] = ids = [];
                    }

                    ids.Add(group.Id);
                }
            }

            if (statements.Count > 1)
            {
                mixed.Add($"{group.Id}: {string.Join(" + ", statements)}");
            }
        }

        // Then every gold group is one ledger group holding all its members, and no group mixes statements
        string[] goldGroups = [.. gold.Select(g => g.Group).OfType<string>().Distinct()];
        goldGroups.Length.ShouldBe(3);
        foreach (string g in goldGroups)
        {
            groupOfGold.ShouldContainKey(g);
            groupOfGold[g].Count.ShouldBe(1, $"gold group {g} is split over {string.Join(", ", groupOfGold[g])}");
            QuoteGroup formed = set.QuoteGroups.First(x => x.Id == groupOfGold[g].Single());
            int expectedMembers = gold.Count(x => x.Group == g);
            formed.Members.Count.ShouldBeGreaterThanOrEqualTo(expectedMembers, $"gold group {g}");
        }

        mixed.ShouldBeEmpty();
        set.QuoteGroups.Select(x => x.Id).ShouldBe(set.QuoteGroups.Select((_, i) => $"q{i + 1}"));
    }
}
