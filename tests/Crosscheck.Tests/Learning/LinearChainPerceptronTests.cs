using Crosscheck.Learning;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Learning;

/// <summary>The averaged structured perceptron on a tiny synthetic tagging task, and its saved form.</summary>
public sealed class LinearChainPerceptronTests
{
    // Words 0–9; the task: tag 1 (B) on word 7 ("said"-like), tag 2 (I) on every word after it until word 0 (a full stop).
    private static int[] Gold(int[] words)
    {
        var tags = new int[words.Length];
        bool inside = false;
        for (int i = 0; i < words.Length; i++)
        {
            tags[i] = words[i] == 7 ? 1 : inside && words[i] != 0 ? 2 : 0;
            inside = words[i] == 7 || (inside && words[i] != 0);
        }

        return tags;
    }

    private static int[][] Features(int[] words) =>
        [.. words.Select((w, i) => new[] { w, 10 + (i > 0 ? words[i - 1] : 10) })];

    private static List<int[]> Sequences(int seed, int count)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, random.Next(4, 12)).Select(_ => random.Next(0, 10)).ToArray())];
    }

    private static bool Allowed(int previous, int next) => next != 2 || previous is 1 or 2;

    private static LinearChainPerceptron Trained()
    {
        var tagger = new LinearChainPerceptron(3, 6, Allowed);
        tagger.Train([.. Sequences(1, 300).Select(w => (Features(w), Gold(w)))], epochs: 5, seed: 3);
        return tagger;
    }

    [Fact]
    public void Should_learn_a_synthetic_tagging_task()
    {
        LinearChainPerceptron tagger = Trained();

        List<int[]> test = Sequences(99, 100);
        int right = test.Count(w => tagger.Decode(Features(w)).SequenceEqual(Gold(w)));
        right.ShouldBeGreaterThanOrEqualTo(95, $"{right} of 100 test sequences tagged right");
    }

    [Fact]
    public void Should_tag_identically_after_save_and_load()
    {
        LinearChainPerceptron tagger = Trained();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            tagger.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        LinearChainPerceptron loaded = LinearChainPerceptron.Read(reader, Allowed);

        foreach (int[] w in Sequences(5, 50))
        {
            loaded.Decode(Features(w)).ShouldBe(tagger.Decode(Features(w)));
        }
    }

    [Fact]
    public void Should_train_the_same_weights_for_the_same_seed()
    {
        static byte[] Bytes(LinearChainPerceptron t)
        {
            using var stream = new MemoryStream();
            using var writer = new BinaryWriter(stream);
            t.Write(writer);
            return stream.ToArray();
        }

        Bytes(Trained()).ShouldBe(Bytes(Trained()));
    }

    [Fact]
    public void Should_never_decode_a_forbidden_transition()
    {
        // An untrained tagger scores every tag 0; still no I may follow O or open the sequence.
        var tagger = new LinearChainPerceptron(3, 4, Allowed);
        int[] tags = tagger.Decode([[1], [2], [3]]);
        tags[0].ShouldNotBe(2);
        for (int i = 1; i < tags.Length; i++)
        {
            Allowed(tags[i - 1], tags[i]).ShouldBeTrue();
        }
    }
}
