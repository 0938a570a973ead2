using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>Negation, "no evidence that" and dismissals turn a responsibility cue into a rejection.</summary>
public sealed class ClaimPolarityTests
{
    [Fact]
    public void Should_read_not_behind_and_no_evidence_that_as_rejections()
    {
        HypothesisTestSet set = HypothesisTestSet.Analyze(
            """
            Ferry fire kills 12 in Manila

            The Sulu Maritime Army was behind the attack, police said on Sunday. The Sulu Maritime Army claimed responsibility for the fire.
            """,
            """
            Doubts over the Manila ferry attack

            There is no evidence that the Sulu Maritime Army was involved in the attack. Admiral Ramon Cruz said the Sulu Maritime Army was not behind the attack.
            """);
        Hypothesis group = set.ByAgent("Sulu Maritime Army");

        set.Reported(0, group).ShouldContain(s => s.Holder == "Sulu Maritime Army" && s.Stance == StanceKind.Supports && s.SelfInterested);
        set.Author(0, group).Stance.ShouldBe(StanceKind.Reports); // ", police said"
        HypothesisStance author = set.Author(1, group);
        author.Stance.ShouldBe(StanceKind.Rejects);
        author.EvidenceStatus.ShouldBe("no evidence");
        set.Reported(1, group).ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            s => s.Holder.ShouldBe("Ramon Cruz"),
            s => s.Stance.ShouldBe(StanceKind.Rejects),
            s => s.SelfInterested.ShouldBeFalse());
    }

    [Fact]
    public void Should_find_no_hypothesis_where_no_one_is_held_responsible()
    {
        HypothesisTestSet set = HypothesisTestSet.Analyze(
            """
            Storm closes ports in Norway

            A storm closed the ports of Bergen on Friday. The Norwegian government said the ports would open on Monday.
            """);

        set.Hypotheses.ShouldBeEmpty();
        set.Result.Set.Stances.ShouldBeEmpty();
    }
}
