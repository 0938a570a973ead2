using Crosscheck.Semantics;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>Where the stance model's encoder features get sentence vectors (all-MiniLM-L6-v2, unit length).</summary>
public interface ISentenceVectorSource
{
    /// <summary>The vectors of <paramref name="texts"/>, in their order.</summary>
    IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts);
}

/// <summary>
/// The shared <see cref="SentenceEncoder"/>, run on every core over chunks of the texts when there are many
/// (the encoder itself runs one thread). What the model uses at run time (<c>analyze --claim</c>).
/// </summary>
public sealed class EncoderVectorSource : ISentenceVectorSource
{
    private const int Chunk = 64;

    private EncoderVectorSource()
    {
    }

    public static EncoderVectorSource Instance { get; } = new();

    public IReadOnlyList<float[]> Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count <= Chunk)
        {
            return SentenceEncoder.Shared.Encode(texts);
        }

        var vectors = new float[texts.Count][];
        Parallel.For(0, (texts.Count + Chunk - 1) / Chunk, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            int start = i * Chunk;
            IReadOnlyList<float[]> part = SentenceEncoder.Shared.Encode([.. texts.Skip(start).Take(Chunk)]);
            for (int j = 0; j < part.Count; j++)
            {
                vectors[start + j] = part[j];
            }
        });
        return vectors;
    }
}
