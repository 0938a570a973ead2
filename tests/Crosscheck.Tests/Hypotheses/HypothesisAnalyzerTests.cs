using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>Hypotheses and stances on invented articles of a story unlike the sample case.</summary>
public sealed class HypothesisAnalyzerTests
{
    private const string Report = """
        Bomb kills 30 at bus station in Lima

        A bomb tore through the central bus station in Lima on Monday, killing 30 people.

        The Andean Liberation Front claimed responsibility for the bombing in a statement posted online.

        The Peruvian government blamed Chile for the attack, without producing any evidence. Chile denied any involvement in the bombing.

        Critics said the bombing exposed security failures at the station, where guards had ignored warnings of a plot.
        """;

    private const string Opinion = """
        Lima bombing: who is to blame?

        The Andean Liberation Front bombing of the bus station has left the country in shock. It is clear that the Andean Liberation Front is truly behind the attack.

        President Luis Arce said on Tuesday that Chile had a hand in the attack.

        The attack was made possible by police negligence and by ignored warnings.
        """;

    private const string Unrelated = """
        Markets in Lima after the bombing

        Shares in Lima fell on Tuesday after the bombing at the bus station, as traders weighed the cost to tourism.
        """;

    private static readonly Lazy<HypothesisTestSet> Set = new(() => HypothesisTestSet.Analyze(Report, Opinion, Unrelated));

    [Fact]
    public void Should_find_the_claimed_group_the_blamed_neighbour_and_the_cause_as_hypotheses()
    {
        HypothesisTestSet set = Set.Value;

        set.Hypotheses.Where(h => h.Kind is not (HypothesisKind.Claim or HypothesisKind.Counterclaim)).Select(h => (h.Kind, h.Agent)).ShouldBe(
            [(HypothesisKind.Responsibility, "Andean Liberation Front"), (HypothesisKind.Responsibility, "Chile"), (HypothesisKind.Cause, "security failures and negligence")],
            ignoreOrder: true);
        set.Hypotheses.Select(h => h.Id).ShouldBe(Enumerable.Range(1, set.Hypotheses.Count).Select(i => "h" + i));
        set.ByAgent("Chile").AgentEntityId.ShouldNotBeNull();
    }

    [Fact]
    public void Should_flag_a_group_claiming_its_own_act_as_self_interested_support()
    {
        HypothesisTestSet set = Set.Value;
        Hypothesis group = set.ByAgent("Andean Liberation Front");

        HypothesisStance claim = set.Reported(0, group).Single();

        claim.Holder.ShouldBe("Andean Liberation Front");
        claim.Stance.ShouldBe(StanceKind.Supports);
        claim.SelfInterested.ShouldBeTrue();
        set.EvidenceText(claim).Single().ShouldContain("claimed responsibility");
    }

    [Fact]
    public void Should_read_a_government_blaming_its_neighbour_and_the_neighbour_denying()
    {
        HypothesisTestSet set = Set.Value;
        Hypothesis neighbour = set.ByAgent("Chile");

        IReadOnlyList<HypothesisStance> reported = set.Reported(0, neighbour);

        HypothesisStance blame = reported.Single(s => s.Holder == "Peru");
        blame.Stance.ShouldBe(StanceKind.Supports);
        blame.SelfInterested.ShouldBeFalse();
        blame.EvidenceStatus.ShouldBe("no evidence shown");
        HypothesisStance denial = reported.Single(s => s.Holder == "Chile");
        denial.Stance.ShouldBe(StanceKind.Rejects);
        denial.SelfInterested.ShouldBeTrue();
    }

    [Fact]
    public void Should_make_an_author_who_says_a_claim_lacks_evidence_reject_it()
    {
        HypothesisTestSet set = Set.Value;

        HypothesisStance author = set.Author(0, set.ByAgent("Chile"));

        author.Stance.ShouldBe(StanceKind.Rejects);
        set.EvidenceText(author).ShouldContain(e => e.Contains("without producing any evidence"));
    }

    [Fact]
    public void Should_keep_an_author_who_only_tells_of_a_claim_at_reports()
    {
        HypothesisTestSet set = Set.Value;

        set.Author(0, set.ByAgent("Andean Liberation Front")).Stance.ShouldBe(StanceKind.Reports);
    }

    [Fact]
    public void Should_make_an_author_who_firmly_names_one_agent_reject_the_reported_competitor()
    {
        HypothesisTestSet set = Set.Value;

        set.Author(1, set.ByAgent("Andean Liberation Front")).Stance.ShouldBe(StanceKind.Supports);
        set.Reported(1, set.ByAgent("Chile")).Single().Holder.ShouldBe("Luis Arce");
        set.Author(1, set.ByAgent("Chile")).Stance.ShouldBe(StanceKind.Rejects);
    }

    [Fact]
    public void Should_give_the_cause_to_the_author_only_where_they_state_it()
    {
        HypothesisTestSet set = Set.Value;
        Hypothesis cause = set.Hypotheses.Single(h => h.Kind == HypothesisKind.Cause);

        set.Author(1, cause).Stance.ShouldBe(StanceKind.Supports);
        set.Author(0, cause).Stance.ShouldBe(StanceKind.Reports); // "Critics said …"
        set.Author(2, cause).Stance.ShouldBe(StanceKind.Absent);
    }

    [Fact]
    public void Should_compute_stances_for_a_user_hypothesis_given_as_text()
    {
        HypothesisTestSet set = Set.Value;
        Hypothesis user = UserHypothesis.Parse("u1", "The Chilean state was behind the bombing", set.Result.Set.Entities);

        IReadOnlyList<HypothesisStance> stances = StanceFinder.StancesFor([user], set.Result.Documents, set.Result.Findings, set.Result.Set);

        user.Agent.ShouldBe("Chile");
        user.UserGiven.ShouldBeTrue();
        stances.Single(s => s.DocId == set.Doc(0) && s.Holder == "Peru").Stance.ShouldBe(StanceKind.Supports);
        stances.Single(s => s.DocId == set.Doc(2) && s.Holder is null).Stance.ShouldBe(StanceKind.Absent);
    }
}
