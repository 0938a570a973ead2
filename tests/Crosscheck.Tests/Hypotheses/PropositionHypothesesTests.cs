using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>
/// Claims and counterclaims of a story that is no attack: invented articles on a viral claim (a painter said to
/// have sold a canvas for $9 million) and its debunking. The hypotheses must come from the texts alone.
/// </summary>
public sealed class PropositionHypothesesTests
{
    // Asserts the claim in its own voice.
    private const string Believer = """
        A 19-year-old art student from Porto has sold a single canvas for $9 million to a private collector, the buyer's gallery confirmed.

        The painting, a blue study of the harbour at dawn, was finished in three weeks in a shared studio.

        The student said she would use the money to open a free school for young painters.
        """;

    // Passes the claim on without taking a side.
    private const string Reporter = """
        An art student in Porto reportedly sold one canvas for $9 million to a private collector, according to a local newspaper.

        The newspaper said the buyer had seen the painting online and made an offer the same night.

        The student could not be reached for comment on Tuesday.
        """;

    // Debunks it in its own voice.
    private const string Debunker = """
        The story that an art student in Porto sold a canvas for $9 million to a collector turns out to be false.

        The gallery named in the reports told us it has never sold any of her work, and the student herself denied the $9 million figure.

        The painting was in fact sold for $900 at a student fair.
        """;

    // Reports the claim and someone else's denial.
    private const string Balanced = """
        Reports that a Porto art student sold a canvas for $9 million to a private collector spread quickly this week.

        The student denied the figure on Wednesday, telling a radio station that the sale was "a misunderstanding".

        Her teacher said the painting was good but that the price had been invented by a website.
        """;

    // Says nothing of the claim.
    private const string Unrelated = """
        Porto's museums will stay open late on Fridays this summer, the city council said.

        The council expects more visitors after a season of cruise ships in the harbour.

        Tickets for the late openings will cost five euros.
        """;

    private static readonly Lazy<HypothesisTestSet> Set = new(() => HypothesisTestSet.Analyze(Believer, Reporter, Debunker, Balanced, Unrelated));

    private static Hypothesis Claim => Set.Value.Hypotheses.First(h => h.Kind == HypothesisKind.Claim);

    private static Hypothesis Counterclaim => Set.Value.Hypotheses.Single(h => h.Kind == HypothesisKind.Counterclaim && h.Opposes == Claim.Id);

    [Fact]
    public void Should_find_the_central_claim_of_the_set_in_the_words_of_its_articles()
    {
        // Given five articles, four of them on one viral sale
        // When the set is analyzed
        // Then the central claim is that sale, in a sentence of the set, with the sentence it is stated in
        Claim.Text.ShouldContain("9 million");
        Claim.Text.ShouldContain("canvas");
        Claim.StatedIn.ShouldNotBeNull();
        Claim.Agent.ShouldBeNull();
    }

    [Fact]
    public void Should_find_the_denial_as_a_counterclaim_that_excludes_the_claim()
    {
        Counterclaim.Text.ShouldStartWith("Denied or disputed: ");
        AchRules.AreExclusive(Claim, Counterclaim).ShouldBeTrue();
        AchRules.AreExclusive(Counterclaim, Claim).ShouldBeTrue();
    }

    [Theory]
    [InlineData(0, StanceKind.Supports, StanceKind.Absent)]
    [InlineData(1, StanceKind.Reports, StanceKind.Absent)]
    [InlineData(2, StanceKind.Rejects, StanceKind.Supports)]
    [InlineData(3, StanceKind.Reports, StanceKind.Reports)]
    [InlineData(4, StanceKind.Absent, StanceKind.Absent)]
    public void Should_give_each_author_the_stance_their_own_voice_takes(int article, StanceKind towardClaim, StanceKind towardDenial)
    {
        HypothesisTestSet set = Set.Value;

        set.Author(article, Claim).Stance.ShouldBe(towardClaim);
        set.Author(article, Counterclaim).Stance.ShouldBe(towardDenial);
    }

    [Fact]
    public void Should_link_a_stance_to_the_sentences_it_rests_on()
    {
        HypothesisTestSet set = Set.Value;

        set.EvidenceText(set.Author(2, Claim)).ShouldContain(e => e.Contains("turns out to be false", StringComparison.Ordinal));
        set.EvidenceText(set.Author(0, Claim)).ShouldContain(e => e.Contains("$9 million", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_read_a_hypothesis_the_user_wrote_by_meaning_when_it_names_no_agent()
    {
        // Given the same articles and a hypothesis of the user's that is a denial and names no agent or cause
        string dir = Path.Combine(Path.GetTempPath(), "crosscheck-user-hyp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string[] texts = [Believer, Reporter, Debunker, Balanced, Unrelated];
            for (int i = 0; i < texts.Length; i++)
            {
                File.WriteAllText(Path.Combine(dir, $"{(char)('a' + i)}.txt"), texts[i]);
            }

            var options = new Crosscheck.Pipeline.AnalysisOptions { Case = Crosscheck.Kinds.Hypotheses.Edits.CaseFile.Empty.WithAdded(["The $9 million sale is false"]) };

            // When the set is analyzed with it
            var result = Crosscheck.Pipeline.AnalysisPipelineBuilder.CreateDefault(options).Build().Run([dir]);

            // Then the debunking article supports it, the balanced one reports it, the believer and the unrelated one do not mention it
            Hypothesis user = result.Set.Hypotheses.Single(h => h.UserGiven);
            StanceKind Author(string file) => result.Set.Stances.Single(s => s.HypothesisId == user.Id && s.Holder is null
                && s.DocId == result.Documents.Single(d => d.Document.File == file).Id).Stance;
            Author("c.txt").ShouldBe(StanceKind.Supports);
            Author("d.txt").ShouldBe(StanceKind.Reports);
            Author("a.txt").ShouldBe(StanceKind.Absent);
            Author("e.txt").ShouldBe(StanceKind.Absent);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Should_not_found_a_hypothesis_on_a_set_of_one_article()
    {
        HypothesisTestSet set = HypothesisTestSet.Analyze(Believer);

        set.Hypotheses.ShouldNotContain(h => h.Kind == HypothesisKind.Claim || h.Kind == HypothesisKind.Counterclaim);
    }
}
