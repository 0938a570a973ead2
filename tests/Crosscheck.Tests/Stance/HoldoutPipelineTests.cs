using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

/// <summary>
/// A guard on the hold-out pipeline: a small model trained on part of FNC-1 (a fixed subset of bodies) scores
/// the held-out bodies of that subset well above the all-"unrelated" baseline. The committed model saw every
/// training row, so it is never scored on them here.
/// </summary>
[Trait("Category", "Slow")]
public sealed class HoldoutPipelineTests
{
    private static readonly Lazy<IReadOnlyList<FncPair>> Pairs = new(() => FncData.Read(Path.Combine(TestPaths.Shared, "data", "fnc1")));

    [Fact]
    public void Should_keep_hold_out_bodies_out_of_training_reproducibly()
    {
        (IReadOnlyList<FncPair> training, IReadOnlyList<FncPair> holdout) = FncSplit.Split(Pairs.Value);

        training.Select(p => p.BodyId).Intersect(holdout.Select(p => p.BodyId)).ShouldBeEmpty();
        (training.Count + holdout.Count).ShouldBe(Pairs.Value.Count);
        double share = holdout.Select(p => p.BodyId).Distinct().Count() / (double)Pairs.Value.Select(p => p.BodyId).Distinct().Count();
        share.ShouldBe(0.2, 0.01);
        FncSplit.Split(Pairs.Value).Holdout.Select(p => p.BodyId).ShouldBe(holdout.Select(p => p.BodyId));
    }

    [Fact]
    public void Should_keep_hold_out_headlines_out_of_training_with_all_their_rows()
    {
        (IReadOnlyList<FncPair> training, IReadOnlyList<FncPair> holdout) = FncSplit.SplitByHeadline(Pairs.Value);

        training.Select(p => p.Headline).Intersect(holdout.Select(p => p.Headline)).ShouldBeEmpty();
        (training.Count + holdout.Count).ShouldBe(Pairs.Value.Count);
        double share = holdout.Select(p => p.Headline).Distinct().Count() / (double)Pairs.Value.Select(p => p.Headline).Distinct().Count();
        share.ShouldBe(0.2, 0.01);
        FncSplit.SplitByHeadline(Pairs.Value).Holdout.ShouldBe(holdout);
    }

    [Fact]
    public void Should_beat_the_all_unrelated_baseline_on_held_out_bodies_with_a_small_model()
    {
        // Every 8th body of FNC-1: about 210 bodies and 6,000 rows.
        List<FncPair> subset = [.. Pairs.Value.Where(p => p.BodyId % 8 == 0)];
        (IReadOnlyList<FncPair> training, IReadOnlyList<FncPair> holdout) = FncSplit.Split(subset);
        // Without the encoder features: encoding the subset's 6,000 body sentences would take minutes (they have tests of their own).
        var options = new StanceTrainingOptions(VocabularySize: 1000, Ensemble: 1, Network: new NetworkOptions(Hidden: 32, MaxEpochs: 6, Patience: 6), Encoder: false);

        StanceModel model = new StanceTrainer(options).Train(training);
        FncScore score = Crosscheck.Cli.EvalFnc1Command.Score(model, holdout);
        FncScore allUnrelated = FncScore.Of(holdout.Select(p => (p.Gold!.Value, StanceLabel.Unrelated)));

        model.TrainingBodies.Intersect(holdout.Select(p => p.BodyId)).ShouldBeEmpty();
        score.Percent.ShouldBeGreaterThan(allUnrelated.Percent + 25);
        score.F1(StanceLabel.Unrelated).ShouldBeGreaterThan(0.9);
    }
}
