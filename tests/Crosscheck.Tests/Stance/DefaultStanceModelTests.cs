using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

/// <summary>The committed model (Resources/Models/stance.model) on invented headline–body pairs.</summary>
public sealed class DefaultStanceModelTests
{
    private const string Claim = "Giant squid found alive on a beach in Portugal";

    [Fact]
    public void Should_call_an_obviously_unrelated_pair_unrelated()
    {
        StancePrediction p = StanceModel.Default.Predict(Claim,
            "The central bank raised interest rates by a quarter point on Wednesday, citing stubborn inflation. " +
            "Markets had expected the move, and bond yields barely changed after the announcement.");

        p.Label.ShouldBe(StanceLabel.Unrelated);
        p.Confidence.ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public void Should_see_a_body_calling_the_claim_a_hoax_as_related_and_not_agreeing()
    {
        StancePrediction p = StanceModel.Default.Predict(Claim,
            "Photos said to show a giant squid found alive on a beach in Portugal are a hoax. " +
            "Marine biologists said the pictures were fake: the squid is a rubber prop used in a film, and no giant squid was found on any beach. " +
            "The images were debunked within hours, but the false story kept spreading online.");

        p.Label.ShouldBeOneOf(StanceLabel.Disagree, StanceLabel.Discuss);
    }

    [Fact]
    public void Should_see_a_body_confirming_the_claim_as_agreeing_or_discussing()
    {
        StancePrediction p = StanceModel.Default.Predict(Claim,
            "A giant squid was found alive on a beach in Portugal on Sunday, marine biologists confirmed. " +
            "The squid, nearly eight metres long, was returned to the sea by fishermen and scientists after being filmed on the beach. " +
            "It is the first time a living giant squid has been seen on the beach in Portugal.");

        p.Label.ShouldBeOneOf(StanceLabel.Agree, StanceLabel.Discuss);
    }

    [Fact]
    public void Should_be_trained_on_every_training_body_of_FNC1()
    {
        StanceModel.Default.TrainingBodies.Count.ShouldBeGreaterThan(1600);
    }
}
