using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class BoostedTreesTests
{
    /// <summary>Two features; the label is the quadrant of the point (a problem no single split solves).</summary>
    private static (List<float[]> Rows, List<StanceLabel> Labels) Quadrants(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<float[]>();
        var labels = new List<StanceLabel>();
        for (int i = 0; i < count; i++)
        {
            float x = (random.NextSingle() * 2) - 1, y = (random.NextSingle() * 2) - 1;
            rows.Add([x, y]);
            labels.Add((StanceLabel)((x > 0 ? 1 : 0) + (y > 0 ? 2 : 0)));
        }

        return (rows, labels);
    }

    [Fact]
    public void Should_learn_the_quadrants_and_survive_a_round_trip()
    {
        (List<float[]> rows, List<StanceLabel> labels) = Quadrants(800, 1);
        (List<float[]> dev, List<StanceLabel> devLabels) = Quadrants(200, 2);
        var options = new BoostingOptions(MaxRounds: 40, Depth: 3, LearningRate: 0.3f, Bins: 16, ClassWeights: [1, 1, 1, 1]);

        BoostedTrees trees = new BoostedTreesTrainer(options).Train(rows, labels, dev, devLabels);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            trees.Write(w);
        }

        stream.Position = 0;
        BoostedTrees loaded = BoostedTrees.Read(new BinaryReader(stream));

        int right = 0;
        for (int i = 0; i < dev.Count; i++)
        {
            float[] p = trees.Predict(dev[i]);
            right += (StanceLabel)Array.IndexOf(p, p.Max()) == devLabels[i] ? 1 : 0;
            loaded.Predict(dev[i]).ShouldBe(p);
        }

        right.ShouldBeGreaterThan(190);
    }
}
