namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// A multilayer perceptron with one ReLU hidden layer and a softmax output over the four stances,
/// taking sparse input. Plain arrays; W1 is stored by input row so a sparse input touches only its rows.
/// Prediction is thread-safe (it allocates its own buffers).
/// </summary>
public sealed class StanceNetwork
{
    public const int Outputs = 4;

    public StanceNetwork(int inputs, int hidden)
    {
        Inputs = inputs;
        Hidden = hidden;
        W1 = new float[inputs * hidden];
        B1 = new float[hidden];
        W2 = new float[hidden * Outputs];
        B2 = new float[Outputs];
    }

    public int Inputs { get; }

    public int Hidden { get; }

    /// <summary>Input → hidden weights, W1[input * Hidden + unit].</summary>
    internal float[] W1 { get; }

    internal float[] B1 { get; }

    /// <summary>Hidden → output weights, W2[unit * Outputs + label].</summary>
    internal float[] W2 { get; }

    internal float[] B2 { get; }

    /// <summary>Glorot-uniform weights from a seeded generator, zero biases.</summary>
    public void Initialize(Random random)
    {
        Fill(W1, MathF.Sqrt(6f / (Inputs + Hidden)), random);
        Fill(W2, MathF.Sqrt(6f / (Hidden + Outputs)), random);
    }

    /// <summary>The probability of each label (in <see cref="StanceLabel"/> order).</summary>
    public float[] Predict(SparseRow x)
    {
        var z1 = new float[Hidden];
        var p = new float[Outputs];
        Forward(x, z1, null, p);
        return p;
    }

    /// <summary>
    /// Fills <paramref name="z1"/> with the hidden pre-activations and <paramref name="p"/> with the output
    /// probabilities. A unit whose <paramref name="keep"/> scale is 0 is dropped; others are scaled by it.
    /// </summary>
    internal void Forward(SparseRow x, float[] z1, float[]? keep, float[] p)
    {
        Array.Copy(B1, z1, Hidden);
        for (int k = 0; k < x.Index.Length; k++)
        {
            float v = x.Value[k];
            if (v == 0)
            {
                continue;
            }

            VectorMath.AddScaled(z1, W1.AsSpan(x.Index[k] * Hidden, Hidden), v);
        }

        Array.Copy(B2, p, Outputs);
        for (int h = 0; h < Hidden; h++)
        {
            float a = z1[h] > 0 ? z1[h] : 0;
            if (keep is not null)
            {
                a *= keep[h];
            }

            if (a != 0)
            {
                for (int o = 0; o < Outputs; o++)
                {
                    p[o] += a * W2[(h * Outputs) + o];
                }
            }
        }

        Softmax(p);
    }

    /// <summary>Rounds every weight to half precision, as the model file stores it, so memory and file agree.</summary>
    public void RoundToHalf()
    {
        foreach (float[] a in new[] { W1, B1, W2, B2 })
        {
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = (float)(Half)a[i];
            }
        }
    }

    public StanceNetwork Clone()
    {
        var c = new StanceNetwork(Inputs, Hidden);
        CopyTo(c);
        return c;
    }

    public void CopyTo(StanceNetwork other)
    {
        Array.Copy(W1, other.W1, W1.Length);
        Array.Copy(B1, other.B1, B1.Length);
        Array.Copy(W2, other.W2, W2.Length);
        Array.Copy(B2, other.B2, B2.Length);
    }

    /// <summary>Writes the sizes and the weights (as half-precision floats).</summary>
    public void Write(BinaryWriter w)
    {
        w.Write(Inputs);
        w.Write(Hidden);
        foreach (float[] a in new[] { W1, B1, W2, B2 })
        {
            foreach (float x in a)
            {
                w.Write((Half)x);
            }
        }
    }

    public static StanceNetwork Read(BinaryReader r)
    {
        var n = new StanceNetwork(r.ReadInt32(), r.ReadInt32());
        foreach (float[] a in new[] { n.W1, n.B1, n.W2, n.B2 })
        {
            for (int i = 0; i < a.Length; i++)
            {
                a[i] = (float)r.ReadHalf();
            }
        }

        return n;
    }

    internal static void Softmax(float[] p)
    {
        float max = p.Max(), sum = 0;
        for (int o = 0; o < p.Length; o++)
        {
            p[o] = MathF.Exp(p[o] - max);
            sum += p[o];
        }

        for (int o = 0; o < p.Length; o++)
        {
            p[o] /= sum;
        }
    }

    private static void Fill(float[] a, float limit, Random random)
    {
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = (float)(((random.NextDouble() * 2) - 1) * limit);
        }
    }
}
