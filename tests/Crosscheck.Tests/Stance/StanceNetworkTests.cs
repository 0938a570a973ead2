using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class StanceNetworkTests
{
    /// <summary>Label k is marked by input k (plus a shared noise input): a separable problem.</summary>
    private static (List<SparseRow> Rows, List<StanceLabel> Labels) Problem(int perClass, int seed)
    {
        var random = new Random(seed);
        var rows = new List<SparseRow>();
        var labels = new List<StanceLabel>();
        for (int i = 0; i < perClass; i++)
        {
            foreach (StanceLabel l in StanceLabels.All)
            {
                rows.Add(new SparseRow([(int)l, 4], [1f + random.NextSingle(), random.NextSingle()]));
                labels.Add(l);
            }
        }

        return (rows, labels);
    }

    [Fact]
    public void Should_learn_a_small_separable_problem()
    {
        (List<SparseRow> rows, List<StanceLabel> labels) = Problem(50, 1);
        (List<SparseRow> dev, List<StanceLabel> devLabels) = Problem(10, 2);
        var options = new NetworkOptions(Hidden: 8, MaxEpochs: 40, BatchSize: 16, LearningRate: 0.02f, Dropout: 0.1f, ClassWeights: [1, 1, 1, 1], Patience: 40);

        StanceNetwork net = new NetworkTrainer(options).Train(rows, labels, dev, devLabels, inputs: 5);

        for (int i = 0; i < dev.Count; i++)
        {
            float[] p = net.Predict(dev[i]);
            ((StanceLabel)Array.IndexOf(p, p.Max())).ShouldBe(devLabels[i]);
            p.Sum().ShouldBe(1f, 1e-4f);
        }
    }

    [Fact]
    public void Should_train_the_same_weights_from_the_same_seed()
    {
        (List<SparseRow> rows, List<StanceLabel> labels) = Problem(20, 3);
        var options = new NetworkOptions(Hidden: 8, MaxEpochs: 5, BatchSize: 16, Seed: 5);

        StanceNetwork a = new NetworkTrainer(options).Train(rows, labels, rows, labels, 5);
        StanceNetwork b = new NetworkTrainer(options).Train(rows, labels, rows, labels, 5);

        a.Predict(rows[0]).ShouldBe(b.Predict(rows[0]));
        a.Predict(rows[3]).ShouldBe(b.Predict(rows[3]));
    }
}
