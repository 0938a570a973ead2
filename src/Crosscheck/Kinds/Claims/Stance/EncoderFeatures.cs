using Crosscheck.Semantics;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// The stance model's features from sentence vectors (all-MiniLM-L6-v2): how close in meaning the claim is to the
/// body's first sentence, its lead, its closest sentences and the body as a whole, and the cues of the sentence
/// closest in meaning (a paraphrase that says "hoax" or "denied" is what "disagree" looks like). Optionally a
/// fixed random projection of claim vector ⊙ best-sentence vector: in which directions the two agree.
/// </summary>
internal static class EncoderFeatures
{
    /// <summary>The number of features before the projection.</summary>
    public const int Count = 14;

    private const int Lead = 3;
    private const int Top = 3;
    private const float Close = 0.5f;
    private const int ProjectionSeed = 20261206;

    private static readonly Lock ProjectionLock = new();
    private static float[][] projection = [];

    /// <summary>
    /// Writes the features into <paramref name="f"/> (<see cref="Count"/> + <paramref name="projected"/> values; all
    /// zero when the body has no sentence): 0 cosine with the first sentence; 1 with the lead (mean of the first three
    /// sentence vectors); 2 the best sentence cosine; 3 the mean of the top three; 4 cosine with the mean of all
    /// sentences; 5 the share of sentences at 0.5 or more; 6–9 the best sentence has a refuting, hedging, negation,
    /// supporting cue; 10 the claim's and the best sentence's negations differ in parity; 11–12 log(1 + refuting /
    /// hedging cues) in the top three; 13 where the best sentence is (0 first … 1 last); then the projection.
    /// </summary>
    public static void Fill(Span<float> f, TextProfile claim, SentenceProfile head, IReadOnlyList<SentenceProfile> sentences, int projected)
    {
        if (claim.Vector is not { } h || sentences.Count == 0 || sentences.Any(s => s.Vector is null))
        {
            return;
        }

        float[] cos = sentences.Select(s => SentenceEncoder.Cosine(h, s.Vector!)).ToArray();
        int[] top = Enumerable.Range(0, cos.Length).OrderByDescending(i => cos[i]).ThenBy(i => i).Take(Top).ToArray();
        SentenceProfile best = sentences[top[0]];
        f[0] = cos[0];
        f[1] = SentenceEncoder.Cosine(h, Mean(sentences.Take(Lead)));
        f[2] = cos[top[0]];
        f[3] = top.Average(i => cos[i]);
        f[4] = SentenceEncoder.Cosine(h, Mean(sentences));
        f[5] = cos.Count(c => c >= Close) / (float)cos.Length;
        f[6] = best.Refuting > 0 ? 1 : 0;
        f[7] = best.Hedging > 0 ? 1 : 0;
        f[8] = best.Negation > 0 ? 1 : 0;
        f[9] = best.Supporting > 0 ? 1 : 0;
        f[10] = (head.Negation % 2) != (best.Negation % 2) ? 1 : 0;
        f[11] = MathF.Log(1 + top.Sum(i => sentences[i].Refuting));
        f[12] = MathF.Log(1 + top.Sum(i => sentences[i].Hedging));
        f[13] = cos.Length > 1 ? top[0] / (float)(cos.Length - 1) : 0;
        float[][] r = Projection(projected);
        for (int k = 0; k < projected; k++)
        {
            double sum = 0;
            for (int i = 0; i < h.Length; i++)
            {
                sum += (double)h[i] * best.Vector![i] * r[k][i];
            }

            f[Count + k] = (float)(sum * Math.Sqrt(h.Length));
        }
    }

    private static float[] Mean(IEnumerable<SentenceProfile> sentences)
    {
        var mean = new float[SentenceEncoder.Dimensions];
        foreach (SentenceProfile s in sentences)
        {
            for (int i = 0; i < mean.Length; i++)
            {
                mean[i] += s.Vector![i];
            }
        }

        return mean;
    }

    /// <summary>The first <paramref name="rows"/> rows of a fixed Gaussian matrix (seeded; the same in every process).</summary>
    private static float[][] Projection(int rows)
    {
        lock (ProjectionLock)
        {
            if (projection.Length < rows)
            {
                var random = new Random(ProjectionSeed);
                projection = new float[rows][];
                for (int k = 0; k < rows; k++)
                {
                    projection[k] = new float[SentenceEncoder.Dimensions];
                    for (int i = 0; i < SentenceEncoder.Dimensions; i++)
                    {
                        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
                        projection[k][i] = (float)(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
                    }
                }
            }

            return projection;
        }
    }
}
