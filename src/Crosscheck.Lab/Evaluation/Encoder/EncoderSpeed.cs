using System.Diagnostics;
using Crosscheck.Annotation;
using Crosscheck.Ingestion;
using Crosscheck.Semantics;

namespace Crosscheck.Lab.Evaluation.Encoder;

/// <summary>The sentence encoder's speed on real sentences: one at a time, and in batches, each on one thread.</summary>
public sealed record EncoderSpeedResult(int Sentences, double MeanWordPieces, TimeSpan Load, TimeSpan OneByOne, TimeSpan Batched, IReadOnlyList<ReferencePair> Reference)
{
    public double OneByOnePerSecond => Sentences / OneByOne.TotalSeconds;

    public double OneByOneMsPerSentence => OneByOne.TotalMilliseconds / Sentences;

    public double BatchedPerSecond => Sentences / Batched.TotalSeconds;

    public double BatchedMsPerSentence => Batched.TotalMilliseconds / Sentences;
}

/// <summary>A sentence pair whose cosine under all-MiniLM-L6-v2 is published, with the one we compute.</summary>
public sealed record ReferencePair(string A, string B, float Published, float Ours);

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
        return new EncoderSpeedResult(sentences.Count, pieces, load, oneByOne, batched, Reference(encoder));
    }

    // The example of the sentence-transformers documentation (sbert.net, "Usage"), which prints these
    // similarities for all-MiniLM-L6-v2: a check that the model, tokenizer and pooling are the real ones.
    private static IReadOnlyList<ReferencePair> Reference(SentenceEncoder encoder)
    {
        string[] s = ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."];
        IReadOnlyList<float[]> v = encoder.Encode(s);
        return
        [
            new(s[0], s[1], 0.6660f, SentenceEncoder.Cosine(v[0], v[1])),
            new(s[0], s[2], 0.1046f, SentenceEncoder.Cosine(v[0], v[2])),
            new(s[1], s[2], 0.1411f, SentenceEncoder.Cosine(v[1], v[2])),
        ];
    }
}
