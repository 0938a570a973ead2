using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>
/// Trains a <see cref="StanceNetwork"/> with mini-batch Adam (decoupled weight decay), inverted dropout
/// on the hidden layer and class-weighted cross-entropy, keeping the weights of the epoch with the best
/// FNC score on the dev rows. Single-threaded with a seeded generator, so a run is reproducible.
/// </summary>
public sealed class NetworkTrainer(NetworkOptions options, TextWriter? log = null)
{
    private const float Beta1 = 0.9f, Beta2 = 0.999f, Epsilon = 1e-8f;

    public StanceNetwork Train(IReadOnlyList<SparseRow> rows, IReadOnlyList<StanceLabel> labels, IReadOnlyList<SparseRow> devRows, IReadOnlyList<StanceLabel> devLabels, int inputs)
    {
        var random = new Random(options.Seed);
        var net = new StanceNetwork(inputs, options.Hidden);
        net.Initialize(random);
        float[][] parameters = [net.W1, net.B1, net.W2, net.B2];
        float[][] grads = parameters.Select(p => new float[p.Length]).ToArray();
        float[][] m = parameters.Select(p => new float[p.Length]).ToArray();
        float[][] v = parameters.Select(p => new float[p.Length]).ToArray();
        float[] weights = options.Weights;
        int hidden = options.Hidden;
        var z1 = new float[hidden];
        var keep = new float[hidden];
        var p = new float[StanceNetwork.Outputs];
        var dz1 = new float[hidden];
        int[] order = Enumerable.Range(0, rows.Count).ToArray();
        StanceNetwork best = net.Clone();
        double bestScore = double.MinValue;
        int bestEpoch = 0, step = 0;
        float keepScale = 1 / (1 - options.Dropout);
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            double loss = 0;
            for (int start = 0; start < order.Length; start += options.BatchSize)
            {
                int end = Math.Min(order.Length, start + options.BatchSize);
                foreach (float[] g in grads)
                {
                    Array.Clear(g);
                }

                float batchWeight = 0;
                for (int b = start; b < end; b++)
                {
                    batchWeight += weights[(int)labels[order[b]]];
                }

                for (int b = start; b < end; b++)
                {
                    SparseRow x = rows[order[b]];
                    int y = (int)labels[order[b]];
                    for (int h = 0; h < hidden; h++)
                    {
                        keep[h] = random.NextSingle() < options.Dropout ? 0 : keepScale;
                    }

                    net.Forward(x, z1, keep, p);
                    float w = weights[y] / batchWeight;
                    loss -= weights[y] * Math.Log(Math.Max(p[y], 1e-12f));
                    Backward(net, x, y, w, z1, keep, p, dz1, grads);
                }

                step++;
                Adam(parameters, grads, m, v, step);
            }

            double score = DevScore(net, devRows, devLabels);
            log?.WriteLine($"  epoch {epoch,2}: loss {loss / rows.Count:0.0000}, dev FNC % + 10 × macro-F1 = {score:0.00}");
            if (score > bestScore)
            {
                bestScore = score;
                bestEpoch = epoch;
                net.CopyTo(best);
            }
            else if (epoch - bestEpoch >= options.Patience)
            {
                break;
            }
        }

        log?.WriteLine($"  best epoch {bestEpoch} ({bestScore:0.00})");
        return best;
    }

    /// <summary>The early-stopping criterion: the FNC score in percent plus ten times the macro-F1, so the rare stances count.</summary>
    private static double DevScore(StanceNetwork net, IReadOnlyList<SparseRow> rows, IReadOnlyList<StanceLabel> labels)
    {
        var score = new FncScore();
        for (int i = 0; i < rows.Count; i++)
        {
            float[] p = net.Predict(rows[i]);
            score.Add(labels[i], (StanceLabel)Array.IndexOf(p, p.Max()));
        }

        return score.Percent + (10 * score.MacroF1);
    }

    private static void Backward(StanceNetwork net, SparseRow x, int y, float w, float[] z1, float[] keep, float[] p, float[] dz1, float[][] grads)
    {
        int hidden = net.Hidden;
        float[] gW1 = grads[0], gB1 = grads[1], gW2 = grads[2], gB2 = grads[3];
        Span<float> dz2 = stackalloc float[StanceNetwork.Outputs];
        for (int o = 0; o < StanceNetwork.Outputs; o++)
        {
            dz2[o] = (p[o] - (o == y ? 1 : 0)) * w;
            gB2[o] += dz2[o];
        }

        for (int h = 0; h < hidden; h++)
        {
            float a = z1[h] > 0 ? z1[h] * keep[h] : 0;
            float dh = 0;
            for (int o = 0; o < StanceNetwork.Outputs; o++)
            {
                gW2[(h * StanceNetwork.Outputs) + o] += a * dz2[o];
                dh += net.W2[(h * StanceNetwork.Outputs) + o] * dz2[o];
            }

            dz1[h] = a > 0 ? dh * keep[h] : 0;
            gB1[h] += dz1[h];
        }

        for (int k = 0; k < x.Index.Length; k++)
        {
            float v = x.Value[k];
            if (v == 0)
            {
                continue;
            }

            VectorMath.AddScaled(gW1.AsSpan(x.Index[k] * hidden, hidden), dz1, v);
        }
    }

    private void Adam(float[][] parameters, float[][] grads, float[][] m, float[][] v, int step)
    {
        float lr = options.LearningRate;
        float c1 = 1 - MathF.Pow(Beta1, step), c2 = 1 - MathF.Pow(Beta2, step);
        float decay = lr * options.WeightDecay;
        for (int k = 0; k < parameters.Length; k++)
        {
            float[] w = parameters[k], g = grads[k], mk = m[k], vk = v[k];
            // Weight decay on the weight matrices (even slots), not on the biases.
            VectorMath.Adam(w, g, mk, vk, lr, c1, c2, k % 2 == 0 ? decay : 0, Beta1, Beta2, Epsilon);
        }
    }
}
