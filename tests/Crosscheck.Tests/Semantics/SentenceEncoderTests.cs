using Crosscheck.Semantics;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Semantics;

/// <summary>The shared encoder on invented sentences (the model is loaded once for the whole class).</summary>
public sealed class SentenceEncoderTests
{
    private static readonly SentenceEncoder Encoder = SentenceEncoder.Shared;

    // An encoder without a cache, so that batch and single encodings are both really computed.
    private static readonly Lazy<SentenceEncoder> Uncached = new(() => new SentenceEncoder(MiniLmModelFile.Candidates(), cacheCapacity: 0));

    [Fact]
    public void Should_score_a_paraphrase_above_an_unrelated_sentence()
    {
        // Given a statement, a paraphrase in the passive voice and an unrelated sentence
        float[] statement = Encoder.Encode("The minister denied the report.");
        float[] paraphrase = Encoder.Encode("The report was rejected by the minister.");
        float[] unrelated = Encoder.Encode("Heavy rain fell over the weekend.");

        // Then the paraphrase is far closer in meaning
        float close = SentenceEncoder.Cosine(statement, paraphrase);
        float far = SentenceEncoder.Cosine(statement, unrelated);
        close.ShouldBeGreaterThan(0.6f);
        far.ShouldBeLessThan(0.2f);
        (close - far).ShouldBeGreaterThan(0.4f);
    }

    [Fact]
    public void Should_reproduce_the_similarities_published_for_the_model()
    {
        // Given the example of the sentence-transformers documentation (sbert.net, "Usage"), whose printed
        // similarities for all-MiniLM-L6-v2 are 0.6660, 0.1046 and 0.1411
        IReadOnlyList<float[]> v = Encoder.Encode(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]);

        // Then our tokenizer, ONNX run and pooling give the same figures
        SentenceEncoder.Cosine(v[0], v[1]).ShouldBe(0.6660f, 0.0005f);
        SentenceEncoder.Cosine(v[0], v[2]).ShouldBe(0.1046f, 0.0005f);
        SentenceEncoder.Cosine(v[1], v[2]).ShouldBe(0.1411f, 0.0005f);
    }

    [Theory]
    [InlineData("The committee will publish its findings next month.")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Ça coûte 12,5 € — déjà?")]
    public void Should_give_a_unit_vector_of_384_dimensions(string text)
    {
        float[] v = Encoder.Encode(text);

        v.Length.ShouldBe(SentenceEncoder.Dimensions);
        v.ShouldAllBe(x => float.IsFinite(x));
        Math.Sqrt(v.Sum(x => (double)x * x)).ShouldBe(1.0, 1e-5);
    }

    [Fact]
    public void Should_encode_the_empty_text_as_the_model_reads_it()
    {
        // An empty text is [CLS] [SEP] for the model, as in sentence-transformers: a vector, not an error
        Encoder.Tokenize("").Length.ShouldBe(2);
        float[] empty = Encoder.Encode("");
        SentenceEncoder.Cosine(empty, Encoder.Encode("  ")).ShouldBe(1f, 1e-5f);
        SentenceEncoder.Cosine(empty, Encoder.Encode("The committee will publish its findings next month.")).ShouldBeLessThan(0.5f);
    }

    [Fact]
    public void Should_encode_a_batch_as_each_text_alone()
    {
        // Given texts of very different lengths (so the short ones are padded in the batch) and a repeat
        string[] texts =
        [
            "Officials said the bridge would reopen on Friday.",
            "No.",
            "The company reported a loss of 3.2 million dollars in the third quarter, its first since it was founded, and said it would cut about one in ten jobs across its factories by the end of next year.",
            "",
            "Officials said the bridge would reopen on Friday.",
            "Witnesses described a loud bang shortly after midnight.",
        ];

        // When encoded together and one by one
        IReadOnlyList<float[]> batch = Uncached.Value.Encode(texts);

        // Then each vector is the one the text gets alone
        batch.Count.ShouldBe(texts.Length);
        for (int i = 0; i < texts.Length; i++)
        {
            float[] alone = Uncached.Value.Encode(texts[i]);
            for (int k = 0; k < SentenceEncoder.Dimensions; k++)
            {
                batch[i][k].ShouldBe(alone[k], 1e-4f, $"text {i}, component {k}");
            }
        }
    }

    [Fact]
    public void Should_cut_a_long_text_to_the_first_128_word_pieces()
    {
        // Given two long texts that differ only far past the limit
        string head = string.Join(' ', Enumerable.Repeat("The council met again to discuss the budget.", 30));
        int[] ids = Encoder.Tokenize(head + " Then it adjourned.");

        // Then the model reads 128 pieces, [CLS] first and [SEP] last, and the endings make no difference
        ids.Length.ShouldBe(SentenceEncoder.MaxTokens);
        ids[0].ShouldBe(101);
        ids[^1].ShouldBe(102);
        float[] a = Encoder.Encode(head + " Then it adjourned.");
        float[] b = Encoder.Encode(head + " Nobody could agree on anything at all.");
        SentenceEncoder.Cosine(a, b).ShouldBe(1f, 1e-5f);
    }

    [Fact]
    public void Should_lower_case_and_strip_accents_as_the_model_was_trained()
    {
        Encoder.Tokenize("The CAFÉ Reopened").ShouldBe(Encoder.Tokenize("the cafe reopened"));
    }

    [Fact]
    public void Should_run_the_model_with_its_own_inputs()
    {
        Encoder.InputNames.ShouldBe(["input_ids", "attention_mask", "token_type_ids"]);
    }

    [Fact]
    public void Should_hand_out_copies_so_the_cache_cannot_be_changed()
    {
        float[] first = Encoder.Encode("The museum will stay closed until spring.");
        float kept = first[0];
        first[0] = 42;

        Encoder.Encode("The museum will stay closed until spring.")[0].ShouldBe(kept);
    }

    [Fact]
    public void Should_give_the_same_vectors_from_many_threads()
    {
        string[] texts = [.. Enumerable.Range(1, 16).Select(i => $"Sentence number {i} says something about item {i * 7}.")];
        float[][] sequential = [.. texts.Select(t => Uncached.Value.Encode(t))];

        var parallel = new float[texts.Length][];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Uncached.Value.Encode(texts[i]));

        for (int i = 0; i < texts.Length; i++)
        {
            SentenceEncoder.Cosine(parallel[i], sequential[i]).ShouldBe(1f, 1e-5f);
        }
    }

    [Fact]
    public void Should_reject_a_null_text()
    {
        Should.Throw<ArgumentNullException>(() => Encoder.Encode((string)null!));
        Should.Throw<ArgumentException>(() => Encoder.Encode(["a", null!]));
    }
}
