using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Model;
using Shouldly;
using Xunit;
using static Crosscheck.Tests.Hypotheses.AchFixtures;

namespace Crosscheck.Tests.Hypotheses;

public sealed class AchBuilderTests
{
    private static AchMatrix Matrix() => AchBuilder.Build(AllHypotheses, AllStances, Documents, Findings);

    private static AchRow RowWith(AchMatrix m, string words) => m.Rows.Single(r => r.Text.Contains(words, StringComparison.Ordinal));

    [Fact]
    public void Should_make_one_row_per_claim_and_leave_out_rows_that_only_report()
    {
        AchMatrix m = Matrix();

        // Five claims; the author's "reports" stance on the self-claim sentence has its own row key (holder null) and only N cells.
        m.Rows.Count.ShouldBe(5);
        m.Rows.Select(r => r.Id).ShouldBe(["e1", "e2", "e3", "e4", "e5"]);
        m.HypothesisIds.ShouldBe(["h1", "h2", "h3"]);
        m.Rows[0].DocId.ShouldBe("a");
        m.Rows[^1].DocId.ShouldBe("b");
    }

    [Fact]
    public void Should_rate_a_sourced_claim_very_consistent_and_a_rival_agent_inconsistent_but_a_cause_neutral()
    {
        AchRow police = RowWith(Matrix(), "police said");

        police.Cells["h1"].ShouldBe(AchCell.VeryConsistent);
        police.Cells["h2"].ShouldBe(AchCell.Inconsistent);
        police.Cells["h3"].ShouldBe(AchCell.Neutral);
        police.Credibility.ShouldBe(Rating.High);
        police.Relevance.ShouldBe(Rating.High);
        police.SelfInterested.ShouldBeFalse();
        police.Holder.ShouldBe("police");
        police.Text.ShouldStartWith("The Red Hand carried out the bridge bombing");
    }

    [Fact]
    public void Should_flag_a_self_claim_as_self_interested_with_low_credibility_and_never_very_consistent()
    {
        AchRow claim = RowWith(Matrix(), "its fighters did it");

        claim.SelfInterested.ShouldBeTrue();
        claim.Credibility.ShouldBe(Rating.Low);
        claim.Cells["h1"].ShouldBe(AchCell.Consistent);
        claim.Cells["h2"].ShouldBe(AchCell.Inconsistent);
    }

    [Fact]
    public void Should_treat_a_denial_as_inconsistent_with_its_hypothesis_only()
    {
        AchRow denial = RowWith(Matrix(), "denied any role");

        denial.Cells["h2"].ShouldBe(AchCell.Inconsistent);

        // Denying one agent's role says nothing for or against another agent, or a cause.
        denial.Cells["h1"].ShouldBe(AchCell.Neutral);
        denial.Cells["h3"].ShouldBe(AchCell.Neutral);
        denial.SelfInterested.ShouldBeTrue();
        denial.Credibility.ShouldBe(Rating.Low);
    }

    [Fact]
    public void Should_give_an_unsupported_claim_low_credibility()
    {
        AchRow accusation = RowWith(Matrix(), "without offering evidence");

        accusation.EvidenceStatus.ShouldBe("no evidence shown");
        accusation.Credibility.ShouldBe(Rating.Low);
        accusation.Relevance.ShouldBe(Rating.Medium);
        accusation.Cells["h2"].ShouldBe(AchCell.Consistent);
        accusation.Cells["h1"].ShouldBe(AchCell.Inconsistent);
    }

    [Fact]
    public void Should_not_lower_a_rejection_that_rests_on_missing_evidence()
    {
        // "Claims that Norland was behind it lack evidence": the author rejects h2 because there is no evidence.
        HypothesisStance rejection = MakeStance("b", null, Norland, StanceKind.Rejects, 0.9, "was behind the blast", "no evidence shown");

        AchRow row = AchBuilder.Build(AllHypotheses, [rejection], Documents, Findings).Rows.ShouldHaveSingleItem();

        row.Credibility.ShouldBe(Rating.Medium);
        row.Cells["h2"].ShouldBe(AchCell.VeryInconsistent);
    }

    [Fact]
    public void Should_keep_a_cause_compatible_with_every_agent()
    {
        AchRow guards = RowWith(Matrix(), "Guards at the bridge");

        guards.Cells["h3"].ShouldBe(AchCell.VeryConsistent);
        guards.Cells["h1"].ShouldBe(AchCell.Neutral);
        guards.Cells["h2"].ShouldBe(AchCell.Neutral);
        guards.Diagnosticity.ShouldBe(0.5);
    }

    [Fact]
    public void Should_score_inconsistency_weighted_by_credibility_and_relevance()
    {
        AchMatrix m = Matrix();
        double low = 1 / Math.Sqrt(2), high = Math.Sqrt(2);

        // h1 "Red Hand": I only in the unsupported accusation row (low credibility, medium relevance).
        AchScore redHand = m.Scores.Single(s => s.HypothesisId == "h1");
        redHand.Inconsistency.ShouldBe(Math.Round(low * 1.0, 3));
        redHand.Consistent.ShouldBe(2);
        redHand.Inconsistent.ShouldBe(1);

        // h2 "Norland": I in the police row (high × high), the self-claim (low × high) and its own denial (low × high).
        AchScore norland = m.Scores.Single(s => s.HypothesisId == "h2");
        norland.Inconsistency.ShouldBe(Math.Round((high * high) + (low * high) + (low * high), 3));
        norland.Inconsistent.ShouldBe(3);
        norland.Consistent.ShouldBe(1);

        // The cause has nothing against it.
        m.Scores.Single(s => s.HypothesisId == "h3").Inconsistency.ShouldBe(0);
    }

    [Fact]
    public void Should_merge_stances_of_one_holder_on_the_same_sentence_into_one_row()
    {
        HypothesisStance supports = MakeStance("a", "police", RedHand, StanceKind.Supports, 0.9, "carried out the bridge", "evidence cited");
        HypothesisStance rejects = MakeStance("a", "police", Norland, StanceKind.Rejects, 0.7, "carried out the bridge", "evidence cited");

        AchMatrix m = AchBuilder.Build(AllHypotheses, [supports, rejects], Documents, Findings);

        AchRow row = m.Rows.ShouldHaveSingleItem();
        row.Cells["h1"].ShouldBe(AchCell.VeryConsistent);
        row.Cells["h2"].ShouldBe(AchCell.Inconsistent);

        // The cause was assessed by no stance at all: not applicable rather than neutral.
        row.Cells["h3"].ShouldBe(AchCell.NotApplicable);
        row.Diagnosticity.ShouldBe(0.75);
    }

    [Fact]
    public void Should_mark_a_hypothesis_no_stance_speaks_of_as_not_applicable_and_not_count_it()
    {
        var user = new Hypothesis("u1", "A foreign service was involved", HypothesisKind.User, null, null, true);

        AchMatrix m = AchBuilder.Build([.. AllHypotheses, user], AllStances, Documents, Findings);

        m.Rows.ShouldAllBe(r => r.Cells["u1"] == AchCell.NotApplicable);
        m.Scores.Single(s => s.HypothesisId == "u1").ShouldBe(new AchScore("u1", 0, 0, 0));
    }

    [Fact]
    public void Should_raise_the_authors_own_claim_with_a_cited_source_in_the_sentence()
    {
        HypothesisStance own = MakeStance("b", null, Security, StanceKind.Supports, 0.6, "Guards at the bridge");
        TextSpan sentence = own.Evidence[0];
        int at = TextB.IndexOf("the report", StringComparison.Ordinal);
        var findings = new List<DocumentFindings>
        {
            new("a"),
            new DocumentFindings("b") { CitedSources = [new CitedSource("b", new TextSpan(at, at + 10), "the report", CitedSourceKind.Document, "found")] },
        };

        AchRow row = AchBuilder.Build(AllHypotheses, [own], Documents, findings).Rows.ShouldHaveSingleItem();

        sentence.End.ShouldBeGreaterThan(at);
        row.Credibility.ShouldBe(Rating.High);
        row.Cells["h3"].ShouldBe(AchCell.Consistent);
    }

    [Fact]
    public void Should_leave_the_matrix_null_without_hypotheses()
    {
        SetFindings set = new AchBuilder().Analyze(Documents, Findings, new SetFindings());

        set.Ach.ShouldBeNull();
    }
}
