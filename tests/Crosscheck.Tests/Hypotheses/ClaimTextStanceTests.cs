using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>
/// A claim given with --claim is also read by the hypothesis rules: matched to the found hypothesis of the same
/// agent, or given stances of its own. Invented articles; the stance model is replaced by a fixed answer.
/// </summary>
public sealed class ClaimTextStanceTests
{
    private const string Rejecting = """
        Harbour blast: the neighbour did not do it

        An explosion at the harbour of Valparaiso killed 12 dockers on Sunday.

        The Coastal Brigade claimed responsibility for the blast in a video.

        The interior minister blamed Bolivia for the attack. Such claims of Bolivian involvement lack any evidence. It is clear that the Coastal Brigade is truly behind the attack.
        """;

    private const string Silent = """
        Dockers mourn colleagues after harbour blast

        Families gathered at the harbour of Valparaiso on Monday to mourn the 12 dockers killed in Sunday's explosion.
        """;

    private sealed class Always(StanceLabel label) : IStanceClassifier
    {
        public StancePrediction Predict(string claim, string body) => new(label, [0.25, 0.25, 0.25, 0.25]);
    }

    private static IReadOnlyList<ClaimStance> Run(string claim)
    {
        string dir = Path.Combine(Path.GetTempPath(), "crosscheck-claim-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), Rejecting);
            File.WriteAllText(Path.Combine(dir, "b.txt"), Silent);
            AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
            builder.SetAnalyzers.Add(new ClaimStanceAnalyzer([claim], () => new Always(StanceLabel.Discuss)));
            AnalysisResult result = builder.Build().Run([dir]);
            return [.. result.Set.ClaimStances.OrderBy(c => result.Documents.Single(d => d.Id == c.DocId).Document.File, StringComparer.Ordinal)];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Should_read_the_authors_rejection_of_a_claim_naming_a_found_agent()
    {
        IReadOnlyList<ClaimStance> stances = Run("Bolivia was involved in the attack");

        stances.Select(s => s.Stance).ShouldBe(["discuss", "discuss"]);
        stances[0].Hypothesis.ShouldNotBeNull();
        stances[0].TextStance.ShouldBe("rejects");
        stances[0].TextEvidence.ShouldNotBeEmpty();
        stances[1].TextStance.ShouldBe("absent");
        stances[1].TextEvidence.ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_the_authors_support_for_the_claimed_group()
    {
        IReadOnlyList<ClaimStance> stances = Run("The Coastal Brigade carried out the blast");

        stances[0].TextStance.ShouldBe("supports");
    }

    [Fact]
    public void Should_leave_the_text_stance_empty_when_the_claim_names_no_agent_or_cause()
    {
        IReadOnlyList<ClaimStance> stances = Run("the weather was fine that day");

        stances.ShouldAllBe(s => s.TextStance == null && s.Hypothesis == null);
    }
}
