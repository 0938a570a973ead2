using System.Globalization;
using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>
/// The stance finder on a small invented set: every stance, in order (per article its author stances in the order of the
/// hypotheses, then the stances it reports), as the finder gave them before it read each article's claims by lookup.
/// </summary>
public sealed class StanceFinderTests
{
    private const string Wire = """
        Blast hits ferry terminal in Portvale

        An explosion hit the ferry terminal in Portvale on Friday, killing 12 people.

        The Coastal Defence Army claimed responsibility for the blast in a message on its channel.

        The interior ministry blamed Nordmark for the attack, without producing any evidence. Nordmark denied any role in the blast.
        """;

    private const string Column = """
        Who is behind the Portvale blast?

        It is clear that the Coastal Defence Army is truly behind the attack on the ferry terminal.

        Minister Hal Brenner said on Saturday that Nordmark had a hand in the attack.

        The attack was made possible by lax security and by ignored warnings.
        """;

    private const string Markets = """
        Ferry shares fall after Portvale blast

        Shares in ferry operators fell on Monday after the blast at the Portvale terminal, as traders weighed the cost.
        """;

    private static readonly Lazy<HypothesisTestSet> Set = new(() => HypothesisTestSet.Analyze(Wire, Column, Markets));

    [Fact]
    public void Should_give_every_stance_in_order_per_article()
    {
        // Given the set's ruled hypotheses (responsibility and cause)
        HypothesisTestSet set = Set.Value;
        var ruled = set.Hypotheses.Where(h => h.Kind is not (HypothesisKind.Claim or HypothesisKind.Counterclaim)).ToList();

        // When the stance finder reads the set
        IReadOnlyList<HypothesisStance> stances = StanceFinder.StancesFor(ruled, set.Result.Documents, set.Result.Findings, set.Result.Set);

        // Then each article has its author stances first, then the reported ones, as before
        string[] docs = [set.Doc(0), set.Doc(1), set.Doc(2)];
        string Line(HypothesisStance s) =>
            string.Create(CultureInfo.InvariantCulture, $"{Array.IndexOf(docs, s.DocId)} {s.Holder ?? "author"} → {ruled.Single(h => h.Id == s.HypothesisId).Agent}: {s.Stance} {s.Confidence:0.00}");
        string.Join("\n", stances.Select(Line)).ShouldBe(string.Join("\n", Expected));
    }

    private static readonly string[] Expected =
    [
        "0 author → Nordmark: Rejects 0.78",
        "0 author → Coastal Defence Army: Reports 0.70",
        "0 Nordmark → Nordmark: Rejects 0.80",
        "0 Coastal Defence Army → Coastal Defence Army: Supports 0.80",
        "1 author → Nordmark: Rejects 0.50",
        "1 author → Coastal Defence Army: Supports 0.80",
        "1 Hal Brenner → Nordmark: Supports 0.80",
        "2 author → Nordmark: Absent 1.00",
        "2 author → Coastal Defence Army: Absent 1.00",
    ];
}
