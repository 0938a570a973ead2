namespace Crosscheck.Learning;

/// <summary>
/// A linear-chain sequence tagger trained as an averaged structured perceptron (Collins 2002): each
/// token has hashed feature buckets, the score of a tag sequence is the sum of feature–tag weights and
/// tag–tag transition weights, and Viterbi finds the best sequence. Transitions that <c>allowed</c>
/// forbids (an I tag after O, for instance) are never decoded. Training is deterministic for a seed.
/// </summary>
public sealed class LinearChainPerceptron
{
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly bool[] _allowed;

    /// <param name="tags">Number of tags; tag 0 is the outside tag.</param>
    /// <param name="bits">Feature buckets are below 1 &lt;&lt; bits.</param>
    /// <param name="allowed">allowed(previous, next); previous is -1 at the start of the sequence.</param>
    public LinearChainPerceptron(int tags, int bits, Func<int, int, bool> allowed)
        : this(tags, bits, new float[(1 << bits) * tags], new float[(tags + 1) * tags], allowed)
    {
    }

    private LinearChainPerceptron(int tags, int bits, float[] weights, float[] transitions, Func<int, int, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        Tags = tags;
        Bits = bits;
        _weights = weights;
        _transitions = transitions;
        _allowed = new bool[(tags + 1) * tags];
        for (int p = -1; p < tags; p++)
        {
            for (int t = 0; t < tags; t++)
            {
                _allowed[((p + 1) * tags) + t] = allowed(p, t);
            }
        }
    }

    public int Tags { get; }

    public int Bits { get; }

    /// <summary>The best tag sequence for the tokens' feature buckets.</summary>
    /// <param name="outsideBias">Added to the score of the outside tag (0) at each token; below 0 favours recall.</param>
    public int[] Decode(int[][] features, float outsideBias = 0)
    {
        ArgumentNullException.ThrowIfNull(features);
        return Viterbi(features, _weights, _transitions, outsideBias);
    }

    /// <summary>Trains on (features, tags) sequences for <paramref name="epochs"/> passes in a seeded shuffled order, then averages.</summary>
    public void Train(IReadOnlyList<(int[][] Features, int[] Tags)> data, int epochs, int seed, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var sumW = new double[_weights.Length];
        var sumT = new double[_transitions.Length];
        var random = new Random(seed);
        int[] order = [.. Enumerable.Range(0, data.Count)];
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int k in order)
            {
                (int[][] x, int[] gold) = data[k];
                int[] predicted = Viterbi(x, _weights, _transitions, 0);
                for (int i = 0; i < x.Length; i++)
                {
                    int gp = i == 0 ? -1 : gold[i - 1];
                    int pp = i == 0 ? -1 : predicted[i - 1];
                    if (gold[i] == predicted[i] && gp == pp)
                    {
                        continue;
                    }

                    if (gold[i] != predicted[i])
                    {
                        errors++;
                        foreach (int f in x[i])
                        {
                            Update(_weights, sumW, (f * Tags) + gold[i], 1, step);
                            Update(_weights, sumW, (f * Tags) + predicted[i], -1, step);
                        }
                    }

                    Update(_transitions, sumT, ((gp + 1) * Tags) + gold[i], 1, step);
                    Update(_transitions, sumT, ((pp + 1) * Tags) + predicted[i], -1, step);
                }

                step++;
            }

            progress?.Invoke(epoch + 1, errors);
        }

        Average(_weights, sumW, step);
        Average(_transitions, sumT, step);
    }

    /// <summary>Writes the tag count, bits, and the non-zero weights as (index gap, half-precision value) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Tags);
        writer.Write(Bits);
        WriteSparse(writer, _weights);
        WriteSparse(writer, _transitions);
    }

    public static LinearChainPerceptron Read(BinaryReader reader, Func<int, int, bool> allowed)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int tags = reader.ReadInt32();
        int bits = reader.ReadInt32();
        if (tags is < 1 or > 64 || bits is < 1 or > 26)
        {
            throw new InvalidDataException($"bad tagger header: {tags} tags, {bits} bits");
        }

        float[] weights = ReadSparse(reader, (1 << bits) * tags);
        float[] transitions = ReadSparse(reader, (tags + 1) * tags);
        return new LinearChainPerceptron(tags, bits, weights, transitions, allowed);
    }

    // Averaging trick (Daumé): sum holds step-weighted updates; the average is w - sum / step.
    private static void Update(float[] w, double[] sum, int index, int delta, long step)
    {
        w[index] += delta;
        sum[index] += (double)step * delta;
    }

    private static void Average(float[] w, double[] sum, long step)
    {
        for (int i = 0; i < w.Length; i++)
        {
            // Rounded to half precision, the precision the model file keeps, so a trained and a loaded model tag alike.
            w[i] = (float)(Half)(w[i] - (sum[i] / step));
        }
    }

    private int[] Viterbi(int[][] x, float[] weights, float[] transitions, float outsideBias)
    {
        int n = x.Length;
        int tags = Tags;
        if (n == 0)
        {
            return [];
        }

        var score = new float[n * tags];
        var back = new int[n * tags];
        var emission = new float[tags];
        for (int i = 0; i < n; i++)
        {
            Array.Clear(emission);
            emission[0] = outsideBias;
            foreach (int f in x[i])
            {
                int b = f * tags;
                for (int t = 0; t < tags; t++)
                {
                    emission[t] += weights[b + t];
                }
            }

            for (int t = 0; t < tags; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                if (i == 0)
                {
                    if (_allowed[t])
                    {
                        best = transitions[t];
                    }
                }
                else
                {
                    for (int p = 0; p < tags; p++)
                    {
                        int pt = ((p + 1) * tags) + t;
                        if (!_allowed[pt])
                        {
                            continue;
                        }

                        float s = score[((i - 1) * tags) + p] + transitions[pt];
                        if (s > best)
                        {
                            best = s;
                            arg = p;
                        }
                    }
                }

                score[(i * tags) + t] = best + emission[t];
                back[(i * tags) + t] = arg;
            }
        }

        var result = new int[n];
        float top = float.NegativeInfinity;
        for (int t = 0; t < tags; t++)
        {
            if (score[((n - 1) * tags) + t] > top)
            {
                top = score[((n - 1) * tags) + t];
                result[n - 1] = t;
            }
        }

        for (int i = n - 1; i > 0; i--)
        {
            result[i - 1] = back[(i * tags) + result[i]];
        }

        return result;
    }

    private static void WriteSparse(BinaryWriter writer, float[] values)
    {
        int count = values.Count(v => v != 0);
        writer.Write(count);
        int last = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] != 0)
            {
                writer.Write7BitEncodedInt(i - last);
                writer.Write((Half)values[i]);
                last = i;
            }
        }
    }

    private static float[] ReadSparse(BinaryReader reader, int length)
    {
        var values = new float[length];
        int count = reader.ReadInt32();
        int index = -1;
        for (int k = 0; k < count; k++)
        {
            index += reader.Read7BitEncodedInt();
            if (index < 0 || index >= length)
            {
                throw new InvalidDataException("tagger weight index out of range");
            }

            values[index] = (float)reader.ReadHalf();
        }

        return values;
    }
}
