using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>
/// Builds a <see cref="StanceModel"/> from labelled FNC-1 rows: vocabulary and IDF from the rows' texts,
/// hand-feature scaling from the rows, then an ensemble of networks, each early-stopped on a dev slice
/// of the rows held out by body. Deterministic for the same rows and options. Sentence vectors for the encoder
/// features come from <paramref name="vectors"/> (a <see cref="SentenceVectorStore"/> on disk; default the shared encoder).
/// </summary>
public sealed class StanceTrainer(StanceTrainingOptions options, TextWriter? log = null, ISentenceVectorSource? vectors = null)
{
    public StanceModel Train(IReadOnlyList<FncPair> pairs)
    {
        (IReadOnlyList<FncPair> fit, IReadOnlyList<FncPair> dev) = FncSplit.Split(pairs, options.DevFraction, options.Seed);
        log?.WriteLine($"training on {fit.Count} rows ({fit.Select(p => p.BodyId).Distinct().Count()} bodies), dev {dev.Count} rows ({dev.Select(p => p.BodyId).Distinct().Count()} bodies)");
        StanceFeaturizer featurizer = StanceFeaturizer.Build(pairs.Select(p => p.Headline).Concat(pairs.Select(p => p.Body)), options.VocabularySize, options.Encoder, options.Projection, vectors);
        log?.WriteLine($"{featurizer.HandFeatureCount} hand features" + (featurizer.UsesEncoder ? $" ({StanceFeaturizer.EncoderFeatureCount + featurizer.Projection} from sentence vectors)" : ""));
        List<SparseRow> fitRaw = Featurize(featurizer, fit), devRaw = Featurize(featurizer, dev);
        (float[] mean, float[] scale) = Scaling(fitRaw, featurizer.Dimension - featurizer.HandFeatureCount, featurizer.HandFeatureCount);
        int[] bodies = pairs.Select(p => p.BodyId).Distinct().Order().ToArray();
        var scaler = new StanceModel(featurizer, mean, scale, [], bodies);
        List<SparseRow> fitRows = fitRaw.ConvertAll(scaler.Standardize), devRows = devRaw.ConvertAll(scaler.Standardize);
        StanceLabel[] fitLabels = fit.Select(p => p.Gold!.Value).ToArray(), devLabels = dev.Select(p => p.Gold!.Value).ToArray();
        var networks = new List<StanceNetwork>();
        for (int i = 0; i < options.Ensemble; i++)
        {
            log?.WriteLine($"network {i + 1} of {options.Ensemble}");
            NetworkOptions net = options.NetworkOptions with { Seed = options.NetworkOptions.Seed + i };
            StanceNetwork n = new NetworkTrainer(net, log).Train(fitRows, fitLabels, devRows, devLabels, featurizer.Dimension);
            n.RoundToHalf();
            networks.Add(n);
        }

        if (options.Boosting is null)
        {
            return new StanceModel(featurizer, mean, scale, networks, bodies);
        }

        log?.WriteLine("boosted trees on the hand features");
        float[][] fitHand = fitRaw.Select(r => scaler.HandFeatures(r).ToArray()).ToArray();
        float[][] devHand = devRaw.Select(r => scaler.HandFeatures(r).ToArray()).ToArray();
        BoostedTrees trees = new BoostedTreesTrainer(options.Boosting, log).Train(fitHand, fitLabels, devHand, devLabels);
        var model = new StanceModel(featurizer, mean, scale, networks, bodies, trees, options.Boosting.Share);
        log?.WriteLine($"  dev FNC % + 10 × macro-F1: networks {DevScore(new StanceModel(featurizer, mean, scale, networks, bodies), devRaw, devLabels):0.00}, trees {DevScore(new StanceModel(featurizer, mean, scale, [], bodies, trees, 1), devRaw, devLabels):0.00}, ensemble {DevScore(model, devRaw, devLabels):0.00}");
        return model;
    }

    private static double DevScore(StanceModel model, List<SparseRow> rows, StanceLabel[] labels)
    {
        var s = new FncScore();
        for (int i = 0; i < rows.Count; i++)
        {
            s.Add(labels[i], model.Predict(rows[i]).Label);
        }

        return s.Percent + (10 * s.MacroF1);
    }

    /// <summary>
    /// The input rows of <paramref name="pairs"/>, each distinct headline and body profiled once; with the encoder
    /// features, every distinct headline and body sentence is encoded first in one call (on every core).
    /// </summary>
    public static List<SparseRow> Featurize(StanceFeaturizer featurizer, IReadOnlyList<FncPair> pairs)
    {
        KnownVectors? known = featurizer.UsesEncoder ? KnownVectors.Of(featurizer.Vectors,
            pairs.Select(p => p.Headline).Concat(pairs.DistinctBy(p => p.BodyId).SelectMany(p => StanceFeaturizer.SentenceTexts(p.Body)))) : null;
        var heads = new Dictionary<string, TextProfile>(StringComparer.Ordinal);
        var bodies = new Dictionary<int, TextProfile>();
        var rows = new List<SparseRow>(pairs.Count);
        foreach (FncPair p in pairs)
        {
            if (!heads.TryGetValue(p.Headline, out TextProfile? head))
            {
                heads[p.Headline] = head = featurizer.Profile(p.Headline, false, known);
            }

            if (!bodies.TryGetValue(p.BodyId, out TextProfile? body))
            {
                bodies[p.BodyId] = body = featurizer.Profile(p.Body, true, known);
            }

            rows.Add(featurizer.Features(head, body));
        }

        return rows;
    }

    private static (float[] Mean, float[] Scale) Scaling(List<SparseRow> rows, int first, int n)
    {
        var sum = new double[n];
        var squares = new double[n];
        foreach (SparseRow r in rows)
        {
            for (int k = 0; k < r.Index.Length; k++)
            {
                int h = r.Index[k] - first;
                if (h >= 0)
                {
                    sum[h] += r.Value[k];
                    squares[h] += (double)r.Value[k] * r.Value[k];
                }
            }
        }

        var mean = new float[n];
        var scale = new float[n];
        for (int h = 0; h < n; h++)
        {
            double m = sum[h] / rows.Count;
            double sd = Math.Sqrt(Math.Max(0, (squares[h] / rows.Count) - (m * m)));
            mean[h] = (float)m;
            scale[h] = sd > 1e-6 ? (float)(1 / sd) : 1f;
        }

        return (mean, scale);
    }

    /// <summary>Vectors of texts encoded beforehand in one call, looked up by text.</summary>
    private sealed class KnownVectors(Dictionary<string, float[]> vectors) : ISentenceVectorSource
    {
        public static KnownVectors Of(ISentenceVectorSource source, IEnumerable<string> texts)
        {
            string[] distinct = texts.Distinct(StringComparer.Ordinal).ToArray();
            IReadOnlyList<float[]> encoded = source.Encode(distinct);
            var map = new Dictionary<string, float[]>(distinct.Length, StringComparer.Ordinal);
            for (int i = 0; i < distinct.Length; i++)
            {
                map[distinct[i]] = encoded[i];
            }

            return new KnownVectors(map);
        }

        public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts) => texts.Select(t => vectors[t]).ToArray();
    }
}
