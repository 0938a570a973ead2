using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Kinds.Hypotheses.Edits;
using Crosscheck.Model;
using Shouldly;
using Xunit;
using static Crosscheck.Tests.Hypotheses.AchFixtures;

namespace Crosscheck.Tests.Hypotheses;

public sealed class HypothesisEditorTests
{
    private static readonly IReadOnlyList<Entity> Index =
    [
        new Entity("e1", "Red Hand Brigade", EntityType.Organization, ["Red Hand Brigade", "Red Hand", "RHB"], []),
        new Entity("e2", "Norland", EntityType.Place, ["Norland"], []),
        new Entity("e3", "Islands", EntityType.Place, ["IS"], []),
    ];

    private static SetFindings Set => new() { Entities = Index, Hypotheses = AllHypotheses, Stances = AllStances };

    [Theory]
    [InlineData("The Red Hand Brigade was involved in the attack", "Red Hand Brigade", "e1")]
    [InlineData("the red hand trained the bombers", "Red Hand Brigade", "e1")]
    [InlineData("RHB money paid for it", "Red Hand Brigade", "e1")]
    [InlineData("It is a plot by Norland's services", "Norland", "e2")]
    [InlineData("An inside job", null, null)]
    public void Should_find_the_agent_named_in_the_text(string text, string? agent, string? id)
    {
        Hypothesis read = UserHypothesis.Parse("u1", text, Index);

        (read.Agent, read.AgentEntityId).ShouldBe((agent, id));
    }

    [Fact]
    public void Should_not_take_an_ordinary_word_for_an_acronym()
    {
        UserHypothesis.Parse("u1", "This is an inside job", Index).AgentEntityId.ShouldBeNull();
    }

    [Theory]
    [InlineData("Security failures let the attack happen", HypothesisKind.Cause)]
    [InlineData("Ignored warnings let the attack happen", HypothesisKind.Cause)]
    [InlineData("The attack was a false flag", HypothesisKind.FalseFlag)]
    [InlineData("Norland was involved", HypothesisKind.Responsibility)]
    public void Should_read_the_kind_the_same_with_or_without_the_index(string text, HypothesisKind kind)
    {
        UserHypothesis.Kind(text).ShouldBe(kind);
        UserHypothesis.Parse("u1", text, Index).Kind.ShouldBe(kind);
    }

    [Fact]
    public void Should_do_nothing_without_edits()
    {
        SetFindings set = Set;

        new HypothesisEditor(CaseFile.Empty).Analyze(Documents, Findings, set).ShouldBeSameAs(set);
    }

    [Fact]
    public void Should_add_a_hypothesis_with_its_agent_and_ask_the_finder_for_its_stances_only()
    {
        var finder = new FakeFinder();
        var warnings = new List<string>();
        CaseFile edits = CaseFile.Empty.WithAdded(["The Red Hand Brigade was paid by a foreign service"]) with { };
        edits = edits with { Hypotheses = edits.Hypotheses with { Drop = ["h9"] } };

        SetFindings result = new HypothesisEditor(edits, finder, warnings.Add).Analyze(Documents, Findings, Set);

        Hypothesis added = result.Hypotheses[^1];
        added.ShouldBe(new Hypothesis("u1", "The Red Hand Brigade was paid by a foreign service", HypothesisKind.Responsibility, "Red Hand Brigade", "e1", true));
        finder.AskedFor.ShouldBe(["u1"]);
        finder.SawHypotheses.ShouldBe(["h1", "h2", "h3", "u1"]);

        // The finder's stance toward u1 is kept; its stray stance toward a found hypothesis is not.
        result.Stances.Count.ShouldBe(AllStances.Count + 1);
        result.Stances[^1].HypothesisId.ShouldBe("u1");
        warnings.ShouldHaveSingleItem().ShouldStartWith("drop: no hypothesis \"h9\"");
    }

    [Fact]
    public void Should_keep_an_agent_the_user_gave_and_name_it_as_the_index_does()
    {
        var edits = new CaseFile(HypothesisEditSet.Empty with { Add = [new HypothesisAddition(null, "They were paid", "rhb")] });

        SetFindings result = new HypothesisEditor(edits).Analyze(Documents, Findings, Set);

        result.Hypotheses[^1].Agent.ShouldBe("Red Hand Brigade");
        result.Hypotheses[^1].AgentEntityId.ShouldBe("e1");
        result.Stances.ShouldBe(AllStances);
    }

    [Fact]
    public void Should_read_added_hypotheses_with_the_reader_given_and_let_the_case_file_kind_win()
    {
        var edits = new CaseFile(HypothesisEditSet.Empty with
        {
            Add = [new HypothesisAddition(null, "Norland staged it"), new HypothesisAddition("x", "Norland staged it again", Kind: HypothesisKind.Cause)],
        });
        static Hypothesis Reader(string id, string text, IReadOnlyList<Entity> entities) =>
            new(id, text, HypothesisKind.FalseFlag, entities[1].Name, entities[1].Id, false);

        SetFindings result = new HypothesisEditor(edits, readHypothesis: Reader).Analyze(Documents, Findings, Set);

        result.Hypotheses[^2].ShouldBe(new Hypothesis("u1", "Norland staged it", HypothesisKind.FalseFlag, "Norland", "e2", true));
        result.Hypotheses[^1].Kind.ShouldBe(HypothesisKind.Cause);
        result.Hypotheses[^1].Id.ShouldBe("x");
    }

    private sealed class FakeFinder : IHypothesisStanceFinder
    {
        public List<string> AskedFor { get; } = [];

        public List<string> SawHypotheses { get; } = [];

        public IReadOnlyList<HypothesisStance> FindStances(
            IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set, IReadOnlyList<Hypothesis> hypotheses)
        {
            AskedFor.AddRange(hypotheses.Select(h => h.Id));
            SawHypotheses.AddRange(set.Hypotheses.Select(h => h.Id));
            return
            [
                new HypothesisStance("a", null, null, "u1", StanceKind.Reports, 0.5, [new TextSpan(0, 10)], null, false),
                new HypothesisStance("a", null, null, "h1", StanceKind.Supports, 0.5, [new TextSpan(0, 10)], null, false),
            ];
        }
    }
}
