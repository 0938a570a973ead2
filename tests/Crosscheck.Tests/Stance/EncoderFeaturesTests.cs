using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

/// <summary>The stance model's sentence-encoder features on invented claims and bodies (the shared encoder, all-MiniLM-L6-v2).</summary>
public sealed class EncoderFeaturesTests
{
    private const string Claim = "A crocodile was spotted swimming in the city reservoir";

    private static readonly string[] Texts =
    [
        "A crocodile was seen in the reservoir.",
        "Officials said the reservoir is closed.",
        "The council approved a new budget for schools.",
        "The crocodile story is a hoax.",
    ];

    private static readonly Lazy<StanceFeaturizer> Featurizer = new(() => StanceFeaturizer.Build(Texts, 50, encoder: true));

    [Fact]
    public void Should_add_the_encoder_features_after_the_base_hand_features()
    {
        StanceFeaturizer f = Featurizer.Value;

        f.HandFeatureCount.ShouldBe(StanceFeaturizer.BaseFeatureCount + StanceFeaturizer.EncoderFeatureCount);
        StanceFeaturizer.Build(Texts, 50, encoder: true, projection: 4).HandFeatureCount.ShouldBe(f.HandFeatureCount + 4);
        StanceFeaturizer.Build(Texts, 50).HandFeatureCount.ShouldBe(StanceFeaturizer.BaseFeatureCount);
    }

    [Fact]
    public void Should_give_a_paraphrasing_body_a_higher_claim_sentence_cosine_than_an_unrelated_body()
    {
        // Given a body that says the claim in other words, and one about something else
        float[] agreeing = Encoded(
            "Residents were stunned this week. A large alligator-like reptile has been seen paddling through the town's drinking-water lake, " +
            "wildlife officers confirmed. Rangers are trying to catch it.");
        float[] unrelated = Encoded(
            "The council approved a new budget for schools on Tuesday. Teachers welcomed the extra money. " +
            "The vote was unanimous.");

        // Then its best and top-3 cosines with the claim are higher
        agreeing[2].ShouldBeGreaterThan(unrelated[2] + 0.2f); // best sentence
        agreeing[3].ShouldBeGreaterThan(unrelated[3]);        // mean of the top three
        agreeing[4].ShouldBeGreaterThan(unrelated[4]);        // the body as a whole
        agreeing[13].ShouldBe(0.5f);                          // the best sentence is the second of three
    }

    [Fact]
    public void Should_set_the_refuting_flag_when_the_best_matching_sentence_debunks_the_claim()
    {
        // Given a body whose sentence closest to the claim calls it a hoax
        float[] debunking = Encoded(
            "The weather was mild on Sunday. Photos of a crocodile swimming in the city reservoir were a hoax, officials said. " +
            "The council will meet next week.");
        float[] confirming = Encoded(
            "The weather was mild on Sunday. A crocodile was spotted swimming in the city reservoir, officials said. " +
            "The council will meet next week.");

        // Then the refuting flag of the best sentence is set for the debunking body only
        debunking[6].ShouldBe(1f);
        debunking[11].ShouldBeGreaterThan(0f);
        confirming[6].ShouldBe(0f);
        debunking[0].ShouldBeLessThan(debunking[2]); // the first sentence is not the closest
    }

    [Fact]
    public void Should_leave_the_encoder_features_at_zero_for_an_empty_body()
    {
        Encoded("").ShouldAllBe(x => x == 0f);
    }

    /// <summary>The encoder features of the row of (<see cref="Claim"/>, <paramref name="body"/>).</summary>
    private static float[] Encoded(string body)
    {
        StanceFeaturizer f = Featurizer.Value;
        SparseRow row = f.Features(Claim, body);
        int first = f.Dimension - StanceFeaturizer.EncoderFeatureCount;
        return [.. row.Index.Select((i, k) => (i, k)).Where(p => p.i >= first).Select(p => row.Value[p.k])];
    }
}
