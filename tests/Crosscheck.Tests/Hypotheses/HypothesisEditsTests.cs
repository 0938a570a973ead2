using Crosscheck.Kinds.Hypotheses.Edits;
using Crosscheck.Model;
using Shouldly;
using Xunit;
using static Crosscheck.Tests.Hypotheses.AchFixtures;

namespace Crosscheck.Tests.Hypotheses;

public sealed class HypothesisEditsTests
{
    private static CaseFile Edits(
        IReadOnlyList<HypothesisAddition>? add = null,
        Dictionary<string, string>? rename = null,
        IReadOnlyList<IReadOnlyList<string>>? merge = null,
        IReadOnlyList<string>? drop = null) =>
        new(new HypothesisEditSet(add ?? [], rename ?? [], merge ?? [], drop ?? []));

    [Fact]
    public void Should_return_the_found_hypotheses_unchanged_without_edits()
    {
        HypothesisEdits.Apply(AllHypotheses, CaseFile.Empty).ShouldBe(AllHypotheses);
    }

    [Fact]
    public void Should_add_a_user_hypothesis_with_the_next_free_id_and_guess_a_cause()
    {
        IReadOnlyList<Hypothesis> result = HypothesisEdits.Apply(AllHypotheses, Edits(add:
        [
            new HypothesisAddition(null, "A foreign service helped the bombers"),
            new HypothesisAddition(null, "Ignored warnings let the bombing happen"),
        ]));

        result.Count.ShouldBe(5);
        result[3].ShouldBe(new Hypothesis("u1", "A foreign service helped the bombers", HypothesisKind.Responsibility, null, null, true));
        result[4].Id.ShouldBe("u2");
        result[4].Kind.ShouldBe(HypothesisKind.Cause);
    }

    [Fact]
    public void Should_not_add_a_hypothesis_twice()
    {
        IReadOnlyList<Hypothesis> result = HypothesisEdits.Apply(AllHypotheses, Edits(add:
            [new HypothesisAddition(null, "norland was behind the bombing"), new HypothesisAddition("x", "Something else"), new HypothesisAddition("y", "SOMETHING ELSE")]));

        result.Select(h => h.Id).ShouldBe(["h1", "h2", "h3", "x"]);
    }

    [Fact]
    public void Should_give_a_taken_id_another_and_say_so()
    {
        EditOutcome outcome = HypothesisEdits.Plan(AllHypotheses, Edits(add: [new HypothesisAddition("h2", "Rival gang did it")]));

        outcome.Hypotheses[^1].Id.ShouldBe("u1");
        outcome.Warnings.ShouldHaveSingleItem().ShouldContain("\"h2\" is already taken");
    }

    [Fact]
    public void Should_rename_by_id_or_by_text_and_mark_it_user_given()
    {
        IReadOnlyList<Hypothesis> result = HypothesisEdits.Apply(AllHypotheses, Edits(rename: new()
        {
            ["h1"] = "The Red Hand planned and carried out the bombing",
            ["Security failures let the bombing happen"] = "Withdrawn guards let the bombing happen",
        }));

        result[0].Text.ShouldBe("The Red Hand planned and carried out the bombing");
        result[0].UserGiven.ShouldBeTrue();
        result[0].Agent.ShouldBe("Red Hand");
        result[2].Text.ShouldBe("Withdrawn guards let the bombing happen");
        result[1].UserGiven.ShouldBeFalse();
    }

    [Fact]
    public void Should_merge_into_the_first_and_move_the_stances()
    {
        EditOutcome outcome = HypothesisEdits.Plan(AllHypotheses, Edits(merge: [["h2", "h1"]]));

        outcome.Hypotheses.Select(h => h.Id).ShouldBe(["h2", "h3"]);
        outcome.IdMap["h1"].ShouldBe("h2");
        IReadOnlyList<HypothesisStance> stances = outcome.Remap(AllStances);
        stances.ShouldNotContain(s => s.HypothesisId == "h1");
        stances.Count(s => s.HypothesisId == "h2").ShouldBe(AllStances.Count(s => s.HypothesisId is "h1" or "h2"));
    }

    [Fact]
    public void Should_fold_two_stances_of_one_holder_into_one_when_merged()
    {
        HypothesisStance a = MakeStance("a", "police", RedHand, StanceKind.Supports, 0.6, "carried out the bridge");
        HypothesisStance b = MakeStance("a", "police", Norland, StanceKind.Supports, 0.9, "denied any role", "evidence cited");

        IReadOnlyList<HypothesisStance> stances = HypothesisEdits.Plan(AllHypotheses, Edits(merge: [["h1", "h2"]])).Remap([a, b]);

        HypothesisStance one = stances.ShouldHaveSingleItem();
        one.HypothesisId.ShouldBe("h1");
        one.Confidence.ShouldBe(0.9);
        one.Evidence.ShouldBe([a.Evidence[0], b.Evidence[0]]);
        one.EvidenceStatus.ShouldBe("evidence cited");
    }

    [Fact]
    public void Should_drop_a_hypothesis_with_its_stances_even_after_a_merge_into_it()
    {
        EditOutcome outcome = HypothesisEdits.Plan(AllHypotheses, Edits(merge: [["h1", "h2"]], drop: ["h2"]));

        // "h2" was merged into "h1", so dropping "h2" drops the merged hypothesis.
        outcome.Hypotheses.Select(h => h.Id).ShouldBe(["h3"]);
        outcome.IdMap["h1"].ShouldBeNull();
        outcome.IdMap["h2"].ShouldBeNull();
        outcome.Remap(AllStances).ShouldAllBe(s => s.HypothesisId == "h3");
    }

    [Fact]
    public void Should_skip_edits_that_name_no_hypothesis_with_a_warning_and_apply_the_rest()
    {
        EditOutcome outcome = HypothesisEdits.Plan(AllHypotheses, Edits(rename: new() { ["h9"] = "x" }, drop: ["h3", "nothing like this"], merge: [["h1", "h7"]]));

        outcome.Hypotheses.Select(h => h.Id).ShouldBe(["h1", "h2"]);
        outcome.Warnings.Count.ShouldBe(4);
        outcome.Warnings.ShouldContain(w => w.StartsWith("rename: no hypothesis \"h9\" in this run (its hypotheses: h1, h2", StringComparison.Ordinal));
        outcome.Warnings.ShouldContain(w => w.StartsWith("merge: [\"h1\", \"h7\"] names fewer than two", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_add_texts_from_the_command_line_with_ids_after_those_of_the_case_file()
    {
        CaseFile file = Edits(add: [new HypothesisAddition("u1", "First")]).WithAdded(["Second", "first", "  "]);

        file.Hypotheses.Add.ShouldBe([new HypothesisAddition("u1", "First"), new HypothesisAddition("u2", "Second")]);
    }
}
