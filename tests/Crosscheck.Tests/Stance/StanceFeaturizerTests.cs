using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class StanceFeaturizerTests
{
    private static readonly string[] Texts =
    [
        "The river flooded the old town after heavy rain.",
        "Officials deny the river flooded the town.",
        "A new bridge opened over the river.",
        "The football team won the cup final.",
    ];

    [Fact]
    public void Should_build_a_vocabulary_of_frequent_content_words_keeping_negations()
    {
        StanceFeaturizer f = StanceFeaturizer.Build(Texts.Append("It is not true, not at all."), 50);

        f.Vocabulary[0].ShouldBe("river");
        f.Vocabulary.ShouldContain("not");
        f.Vocabulary.ShouldNotContain("the");
        f.Idf.ContainsKey("river").ShouldBeTrue();
        f.Idf.ContainsKey("football").ShouldBeFalse(); // seen in one text only
    }

    [Fact]
    public void Should_put_claim_and_body_term_frequencies_in_their_own_blocks_then_hand_features()
    {
        StanceFeaturizer f = StanceFeaturizer.Build(Texts, 50);
        int v = f.Vocabulary.Count;
        int river = f.Vocabulary.ToList().IndexOf("river");

        SparseRow row = f.Features("River flooded", "The team won.");

        f.Dimension.ShouldBe((2 * v) + f.HandFeatureCount);
        row.Index.ShouldContain(river);
        row.Index.ShouldNotContain(v + river);
        row.Index.Count(i => i >= 2 * v).ShouldBe(f.HandFeatureCount);
        row.Index.ShouldBe(row.Index.Order().ToArray());
    }

    [Fact]
    public void Should_score_overlap_and_refuting_cues_in_the_hand_features()
    {
        StanceFeaturizer f = StanceFeaturizer.Build(Texts, 50);
        int first = f.Dimension - f.HandFeatureCount;

        float[] related = Hand(f.Features("The river flooded the old town", "Officials deny the river flooded the old town. It was a hoax."), first);
        float[] unrelated = Hand(f.Features("The river flooded the old town", "The football team won the cup final."), first);

        related[0].ShouldBeGreaterThan(0.5f);           // TF-IDF cosine with the body
        unrelated[0].ShouldBe(0f);
        related[3].ShouldBe(1f);                        // every claim word is in the body
        related[7].ShouldBeGreaterThan(0f);             // a trigram of the claim is in the body
        related[16].ShouldBe(2f);                       // "deny" and "hoax" in the sentences closest to the claim
        unrelated[16].ShouldBe(0f);
    }

    private static float[] Hand(SparseRow row, int first) =>
        row.Index.Select((i, k) => (i, k)).Where(p => p.i >= first).Select(p => row.Value[p.k]).ToArray();
}
