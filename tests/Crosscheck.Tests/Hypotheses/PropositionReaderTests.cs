using Crosscheck.Hypotheses.Propositions;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>The denial cues and whose voice a denial is in, sentence by sentence (invented sentences).</summary>
public sealed class PropositionReaderTests
{
    [Theory]
    [InlineData("The claim is entirely false.", 1.0)]
    [InlineData("The video was staged, a witness says.", 1.0)]
    [InlineData("The story is being widely disputed.", 1.0)]
    [InlineData("The minister rejected the report as baseless.", 1.0)]
    [InlineData("Freaky? Yes, but it's also not plausible.", 1.0)]
    [InlineData("The figure remains unconfirmed.", 0.5)]
    [InlineData("Protesters staged a sit-in outside the ministry.", 0.0)]
    [InlineData("The club rejected a bid of $5 million for the player.", 0.0)]
    [InlineData("The band was accused of a false start at the concert.", 1.0)]
    [InlineData("His mind is made up and that's that.", 0.0)]
    [InlineData("A mass grave with an unconfirmed number of bodies was found.", 0.0)]
    [InlineData("The court denied bail to the two suspects.", 0.0)]
    public void Should_weigh_a_sentence_by_its_denial_cue(string sentence, double weight)
    {
        PropositionLexicon.Instance.Denial(sentence).Weight.ShouldBe(weight);
    }
}
