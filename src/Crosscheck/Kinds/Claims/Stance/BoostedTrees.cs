namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// Gradient-boosted regression trees for the four stances (softmax loss, one tree per class per round,
/// as LightGBM's multiclass objective), on the hand features only: each feature cut into quantile bins
/// learnt from the training rows. Prediction is thread-safe.
/// </summary>
public sealed class BoostedTrees
{
    private readonly float[][] cuts;
    private readonly List<Tree> trees;

    internal BoostedTrees(float[][] cuts, List<Tree> trees, int rounds)
    {
        this.cuts = cuts;
        this.trees = trees;
        Rounds = rounds;
    }

    /// <summary>Boosting rounds (each holds one tree per class).</summary>
    public int Rounds { get; }

    internal IReadOnlyList<float[]> Cuts => cuts;

    internal IReadOnlyList<Tree> Trees => trees;

    /// <summary>The probability of each label for raw hand features.</summary>
    public float[] Predict(ReadOnlySpan<float> features)
    {
        Span<byte> bins = stackalloc byte[cuts.Length];
        for (int f = 0; f < cuts.Length; f++)
        {
            bins[f] = Bin(cuts[f], features[f]);
        }

        var score = new float[StanceNetwork.Outputs];
        for (int t = 0; t < Rounds * StanceNetwork.Outputs; t++)
        {
            score[t % StanceNetwork.Outputs] += trees[t].Evaluate(bins);
        }

        StanceNetwork.Softmax(score);
        return score;
    }

    internal static byte Bin(float[] cut, float value)
    {
        int lo = 0, hi = cut.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (value > cut[mid])
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (byte)lo;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(cuts.Length);
        foreach (float[] c in cuts)
        {
            w.Write(c.Length);
            foreach (float x in c)
            {
                w.Write(x);
            }
        }

        w.Write(Rounds);
        foreach (Tree t in trees.Take(Rounds * StanceNetwork.Outputs))
        {
            t.Write(w);
        }
    }

    public static BoostedTrees Read(BinaryReader r)
    {
        var cuts = new float[r.ReadInt32()][];
        for (int f = 0; f < cuts.Length; f++)
        {
            cuts[f] = new float[r.ReadInt32()];
            for (int i = 0; i < cuts[f].Length; i++)
            {
                cuts[f][i] = r.ReadSingle();
            }
        }

        int rounds = r.ReadInt32();
        var trees = new List<Tree>();
        for (int t = 0; t < rounds * StanceNetwork.Outputs; t++)
        {
            trees.Add(Tree.Read(r));
        }

        return new BoostedTrees(cuts, trees, rounds);
    }

    /// <summary>
    /// One regression tree in arrays: an inner node splits on Feature[n] (bin ≤ Bin[n] goes Left[n], else Right[n]);
    /// a leaf has Feature[n] = -1 and its output in Value[n].
    /// </summary>
    internal sealed class Tree
    {
        public List<int> Feature { get; } = [];

        public List<byte> Split { get; } = [];

        public List<int> Left { get; } = [];

        public List<int> Right { get; } = [];

        public List<float> Value { get; } = [];

        public int AddLeaf(float value)
        {
            Feature.Add(-1);
            Split.Add(0);
            Left.Add(-1);
            Right.Add(-1);
            Value.Add(value);
            return Feature.Count - 1;
        }

        public float Evaluate(ReadOnlySpan<byte> bins)
        {
            int n = 0;
            while (Feature[n] >= 0)
            {
                n = bins[Feature[n]] <= Split[n] ? Left[n] : Right[n];
            }

            return Value[n];
        }

        public void Write(BinaryWriter w)
        {
            w.Write(Feature.Count);
            for (int n = 0; n < Feature.Count; n++)
            {
                w.Write(Feature[n]);
                w.Write(Split[n]);
                w.Write(Left[n]);
                w.Write(Right[n]);
                w.Write(Value[n]);
            }
        }

        public static Tree Read(BinaryReader r)
        {
            var t = new Tree();
            int count = r.ReadInt32();
            for (int n = 0; n < count; n++)
            {
                t.Feature.Add(r.ReadInt32());
                t.Split.Add(r.ReadByte());
                t.Left.Add(r.ReadInt32());
                t.Right.Add(r.ReadInt32());
                t.Value.Add(r.ReadSingle());
            }

            return t;
        }
    }
}
