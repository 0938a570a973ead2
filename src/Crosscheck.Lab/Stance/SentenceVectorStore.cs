using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Semantics;
using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>
/// Sentence vectors kept on disk between training runs (a build artefact, never committed), keyed by the first
/// 16 bytes of the SHA-256 of the text, so that a retrain does not encode the 30,000 FNC-1 body sentences again.
/// Texts not in the store are encoded on every core, one text per run of the model so that a vector depends on
/// its text only (not on what else was encoded with it): the same data gives the same model whatever the store held.
/// New vectors are written back at the end of the call that encoded them. Thread-safe for reads.
/// </summary>
public sealed class SentenceVectorStore : ISentenceVectorSource
{
    private const string Magic = "CROSSCHECK-SENTENCE-VECTORS";
    private const int Version = 1;
    private const int Chunk = 32;

    private readonly Dictionary<UInt128, float[]> vectors;
    private readonly string? path;
    private readonly TextWriter? log;
    private readonly Func<string, float[]> encode;

    private SentenceVectorStore(string? path, Dictionary<UInt128, float[]> vectors, TextWriter? log, Func<string, float[]>? encode)
    {
        this.path = path;
        this.vectors = vectors;
        this.log = log;
        this.encode = encode ?? SentenceEncoder.Shared.Encode;
    }

    /// <summary>How many vectors the store holds.</summary>
    public int Count => vectors.Count;

    /// <summary>
    /// The store of the file at <paramref name="path"/> (empty when the file is missing, or was written for
    /// another model or version); <paramref name="encode"/> replaces the shared encoder (for tests).
    /// </summary>
    public static SentenceVectorStore Open(string? path, TextWriter? log = null, Func<string, float[]>? encode = null)
    {
        var vectors = new Dictionary<UInt128, float[]>();
        if (path is not null && File.Exists(path))
        {
            try
            {
                using var r = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20), Encoding.UTF8);
                if (r.ReadString() == Magic && r.ReadInt32() == Version && r.ReadString() == SentenceEncoder.ModelName && r.ReadInt32() == SentenceEncoder.Dimensions)
                {
                    int count = r.ReadInt32();
                    byte[] bytes = new byte[SentenceEncoder.Dimensions * sizeof(float)];
                    for (int i = 0; i < count; i++)
                    {
                        var key = new UInt128(r.ReadUInt64(), r.ReadUInt64());
                        r.BaseStream.ReadExactly(bytes);
                        var v = new float[SentenceEncoder.Dimensions];
                        Buffer.BlockCopy(bytes, 0, v, 0, bytes.Length);
                        vectors[key] = v;
                    }
                }
            }
            catch (Exception e) when (e is IOException or FormatException)
            {
                log?.WriteLine($"sentence vectors: {path} unreadable ({e.Message}); starting empty");
                vectors.Clear();
            }
        }

        return new SentenceVectorStore(path, vectors, log, encode);
    }

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        var keys = texts.Select(Key).ToArray();
        string[] missing = texts.Where((t, i) => !vectors.ContainsKey(keys[i])).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            EncodeMissing(missing);
        }

        return keys.Select(k => vectors[k]).ToArray();
    }

    private void EncodeMissing(string[] missing)
    {
        log?.WriteLine($"sentence vectors: {vectors.Count} in the store, encoding {missing.Length} more on {Environment.ProcessorCount} cores");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var encoded = new float[missing.Length][];
        int done = 0;
        Parallel.For(0, (missing.Length + Chunk - 1) / Chunk, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, c =>
        {
            for (int i = c * Chunk; i < Math.Min(missing.Length, (c + 1) * Chunk); i++)
            {
                encoded[i] = encode(missing[i]);
            }

            int now = Interlocked.Add(ref done, Chunk);
            if (now % (Chunk * 100) == 0)
            {
                log?.WriteLine($"  {now} of {missing.Length} ({clock.Elapsed.TotalSeconds:0} s)");
            }
        });
        for (int i = 0; i < missing.Length; i++)
        {
            vectors[Key(missing[i])] = encoded[i];
        }

        log?.WriteLine($"sentence vectors: {missing.Length} encoded in {clock.Elapsed.TotalSeconds:0} s");
        Save();
    }

    private void Save()
    {
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = path + ".tmp";
        using (var w = new BinaryWriter(new BufferedStream(File.Create(temporary), 1 << 20), Encoding.UTF8))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(SentenceEncoder.ModelName);
            w.Write(SentenceEncoder.Dimensions);
            w.Write(vectors.Count);
            byte[] bytes = new byte[SentenceEncoder.Dimensions * sizeof(float)];
            foreach ((UInt128 key, float[] v) in vectors.OrderBy(p => p.Key))
            {
                w.Write((ulong)(key >> 64));
                w.Write((ulong)key);
                Buffer.BlockCopy(v, 0, bytes, 0, bytes.Length);
                w.Write(bytes);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static UInt128 Key(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return new UInt128(BinaryPrimitives.ReadUInt64BigEndian(hash), BinaryPrimitives.ReadUInt64BigEndian(hash[8..]));
    }
}
