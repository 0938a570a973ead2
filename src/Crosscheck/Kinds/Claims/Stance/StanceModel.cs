using System.IO.Compression;
using System.Text;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// The learned stance model: the featurizer (vocabulary, IDF), the scaling of the hand features and an
/// ensemble of <see cref="StanceNetwork"/>s whose probabilities are averaged. <see cref="Default"/> is the
/// committed model (Resources/Models/stance.model, trained by <c>crosscheck train stance</c> on the FNC-1
/// training data), loaded once per process on first use. Thread-safe.
/// </summary>
public sealed class StanceModel : IStanceClassifier
{
    public const string ResourceName = "stance.model";
    private const string Magic = "CROSSCHECK-STANCE";
    private const int Version = 3;
    private static readonly Lazy<StanceModel> DefaultModel = new(LoadEmbedded);

    public StanceModel(StanceFeaturizer featurizer, float[] mean, float[] scale, IReadOnlyList<StanceNetwork> networks, IReadOnlyList<int> trainingBodies, BoostedTrees? trees = null, float treeWeight = 0)
    {
        Trees = trees;
        TreeWeight = trees is null ? 0 : treeWeight;
        TrainingBodies = trainingBodies;
        Featurizer = featurizer;
        Mean = mean;
        Scale = scale;
        Networks = networks;
    }

    /// <summary>The committed model, loaded lazily from the embedded resource.</summary>
    public static StanceModel Default => DefaultModel.Value;

    public StanceFeaturizer Featurizer { get; }

    /// <summary>Mean of each hand feature on the training rows.</summary>
    public float[] Mean { get; }

    /// <summary>1 / standard deviation of each hand feature on the training rows.</summary>
    public float[] Scale { get; }

    public IReadOnlyList<StanceNetwork> Networks { get; }

    /// <summary>Boosted trees on the hand features, or null.</summary>
    public BoostedTrees? Trees { get; }

    /// <summary>The share of <see cref="Trees"/> in the averaged probabilities (the networks share the rest).</summary>
    public float TreeWeight { get; }

    /// <summary>The FNC-1 body ids of the training rows (ascending), so an evaluation can tell whether the model saw its bodies.</summary>
    public IReadOnlyList<int> TrainingBodies { get; }

    public StancePrediction Predict(string claim, string body) => Predict(Featurizer.Features(claim, body));

    /// <summary>The prediction for a featurized row (hand features not yet scaled).</summary>
    public StancePrediction Predict(SparseRow raw)
    {
        SparseRow x = Standardize(raw);
        var sum = new double[StanceNetwork.Outputs];
        double share = Networks.Count == 0 ? 0 : (1 - TreeWeight) / Networks.Count;
        foreach (StanceNetwork n in Networks)
        {
            float[] p = n.Predict(x);
            for (int o = 0; o < sum.Length; o++)
            {
                sum[o] += p[o] * share;
            }
        }

        if (Trees is not null)
        {
            float[] p = Trees.Predict(HandFeatures(raw));
            for (int o = 0; o < sum.Length; o++)
            {
                sum[o] += p[o] * TreeWeight;
            }
        }

        int best = 0;
        for (int o = 1; o < sum.Length; o++)
        {
            best = sum[o] > sum[best] ? o : best;
        }

        return new StancePrediction((StanceLabel)best, sum);
    }

    /// <summary>The raw hand features of a featurized row (its last values).</summary>
    public ReadOnlySpan<float> HandFeatures(SparseRow raw) => raw.Value.AsSpan(raw.Value.Length - Featurizer.HandFeatureCount);

    /// <summary>The same model with sentence vectors from <paramref name="vectors"/> (a store on disk for bulk scoring).</summary>
    public StanceModel WithVectors(ISentenceVectorSource vectors) =>
        new(Featurizer.WithVectors(vectors), Mean, Scale, Networks, TrainingBodies, Trees, TreeWeight);

    /// <summary>A copy of <paramref name="raw"/> with its hand features standardized.</summary>
    public SparseRow Standardize(SparseRow raw)
    {
        int first = Featurizer.Dimension - Featurizer.HandFeatureCount;
        float[] value = (float[])raw.Value.Clone();
        for (int k = 0; k < raw.Index.Length; k++)
        {
            int h = raw.Index[k] - first;
            if (h >= 0)
            {
                value[k] = (value[k] - Mean[h]) * Scale[h];
            }
        }

        return new SparseRow(raw.Index, value);
    }

    /// <summary>Writes the model as gzip'd binary (weights in half precision). Same model, same bytes.</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Featurizer.Vocabulary.Count);
        foreach (string word in Featurizer.Vocabulary)
        {
            w.Write(word);
        }

        w.Write(Featurizer.Idf.Count);
        foreach ((string word, float idf) in Featurizer.Idf.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write(idf);
        }

        w.Write(Featurizer.UsesEncoder);
        w.Write(Featurizer.Projection);

        w.Write(Mean.Length);
        foreach (float x in Mean.Concat(Scale))
        {
            w.Write(x);
        }

        w.Write(TrainingBodies.Count);
        foreach (int id in TrainingBodies)
        {
            w.Write(id);
        }

        w.Write(Networks.Count);
        foreach (StanceNetwork n in Networks)
        {
            n.Write(w);
        }

        w.Write(Trees is not null);
        if (Trees is not null)
        {
            w.Write(TreeWeight);
            Trees.Write(w);
        }
    }

    public void Save(string path)
    {
        using FileStream file = File.Create(path);
        Save(file);
    }

    /// <exception cref="InvalidDataException">The stream is not a stance model of this version.</exception>
    public static StanceModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gzip, Encoding.UTF8);
        int version = r.ReadString() == Magic ? r.ReadInt32() : -1;
        if (version is not (2 or Version))
        {
            throw new InvalidDataException("not a Crosscheck stance model (or another version)");
        }

        var vocabulary = new string[r.ReadInt32()];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            vocabulary[i] = r.ReadString();
        }

        int idfCount = r.ReadInt32();
        var idf = new Dictionary<string, float>(idfCount, StringComparer.Ordinal);
        for (int i = 0; i < idfCount; i++)
        {
            idf[r.ReadString()] = r.ReadSingle();
        }

        // Version 2 had no encoder features.
        bool encoder = version >= 3 && r.ReadBoolean();
        int projection = version >= 3 ? r.ReadInt32() : 0;

        int hand = r.ReadInt32();
        float[] mean = ReadFloats(r, hand), scale = ReadFloats(r, hand);
        var bodies = new int[r.ReadInt32()];
        for (int i = 0; i < bodies.Length; i++)
        {
            bodies[i] = r.ReadInt32();
        }

        var networks = new StanceNetwork[r.ReadInt32()];
        for (int i = 0; i < networks.Length; i++)
        {
            networks[i] = StanceNetwork.Read(r);
        }

        float treeWeight = 0;
        BoostedTrees? trees = null;
        if (r.ReadBoolean())
        {
            treeWeight = r.ReadSingle();
            trees = BoostedTrees.Read(r);
        }

        return new StanceModel(new StanceFeaturizer(vocabulary, idf, encoder, projection), mean, scale, networks, bodies, trees, treeWeight);
    }

    public static StanceModel Load(string path)
    {
        using FileStream file = File.OpenRead(path);
        return Load(file);
    }

    private static float[] ReadFloats(BinaryReader r, int count)
    {
        var a = new float[count];
        for (int i = 0; i < count; i++)
        {
            a[i] = r.ReadSingle();
        }

        return a;
    }

    private static StanceModel LoadEmbedded()
    {
        using Stream stream = Lexicon.TryOpen("Models/" + ResourceName)
            ?? throw new InvalidOperationException($"embedded resource not found: Resources/Models/{ResourceName} (run crosscheck train stance)");
        return Load(stream);
    }
}
