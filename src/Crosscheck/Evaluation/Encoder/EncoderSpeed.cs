using System.Diagnostics;
using Crosscheck.Annotation;
using Crosscheck.Ingestion;
using Crosscheck.Semantics;

namespace Crosscheck.Evaluation.Encoder;

/// <summary>The sentence encoder's speed on real sentences: one at a time, and in batches, each on one thread.</summary>
public sealed record EncoderSpeedResult(int Sentences, double MeanWordPieces, TimeSpan Load, TimeSpan OneByOne, TimeSpan Batched)
{
    public double OneByOnePerSecond => Sentences / OneByOne.TotalSeconds;

    public double OneByOneMsPerSentence => OneByOne.TotalMilliseconds / Sentences;

    public double BatchedPerSecond => Sentences / Batched.TotalSeconds;

    public double BatchedMsPerSentence => Batched.TotalMilliseconds / Sentences;
}

/// <summary>
/// Measures <see cref="SentenceEncoder"/> (<c>crosscheck eval encoder</c>) on the first distinct sentences of a
/// news corpus, split by the project's own <see cref="SentenceSplitter"/>. The encoders measured have no cache,
/// so every sentence is run through the model in both passes.
/// </summary>
public static class EncoderSpeed
{
    /// <summary>The first <paramref name="count"/> distinct sentences of the texts the reader finds in <paramref name="path"/> (e.g. FNC-1 train_bodies.csv).</summary>
    public static IReadOnlyList<string> Sentences(string path, int count)
    {
        ReadResult read = new InputReader().Read([path]);
        if (read.Documents.Count == 0)
        {
            throw new InvalidDataException(read.Problems.Count > 0 ? $"{path}: {read.Problems[0].Reason}" : $"{path}: no text");
        }

        return [.. read.Documents
            .SelectMany(d => SentenceSplitter.Split(d.Text))
            .Select(s => s.Text.Trim())
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>Loads the model, warms it up, then times both ways of encoding the sentences.</summary>
    public static EncoderSpeedResult Measure(IReadOnlyList<string> sentences)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sentences.Count);
        var encoder = new SentenceEncoder(MiniLmModelFile.Candidates(), cacheCapacity: 0);
        var clock = Stopwatch.StartNew();
        encoder.EnsureLoaded();
        TimeSpan load = clock.Elapsed;
        double pieces = sentences.Average(s => encoder.Tokenize(s).Length);
        _ = encoder.Encode([.. sentences.Take(SentenceEncoder.BatchSize)]);

        clock.Restart();
        foreach (string s in sentences)
        {
            _ = encoder.Encode(s);
        }

        TimeSpan oneByOne = clock.Elapsed;
        clock.Restart();
        _ = encoder.Encode(sentences);
        TimeSpan batched = clock.Elapsed;
        return new EncoderSpeedResult(sentences.Count, pieces, load, oneByOne, batched);
    }
}
