using Crosscheck.Semantics;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Semantics;

public sealed class AccentStripperTests
{
    [Theory]
    [InlineData("plain ASCII, unchanged.", "plain ASCII, unchanged.")]
    [InlineData("Café Müller in São Paulo", "Cafe Muller in Sao Paulo")]
    [InlineData("ŁÓDŹ ĐÀ", "ŁODZ ĐA")] // Ł and Đ have no decomposition, as in the reference tokenizer
    [InlineData("e\u0301te\u0301", "ete")] // combining marks already apart are dropped
    [InlineData("Ἀθῆναι", "Αθηναι")]
    [InlineData("한국", "\u1112\u1161\u11AB\u1100\u116E\u11A8")] // Hangul syllables into jamo
    [InlineData("–—“”…€", "–—“”…€")]
    public void Should_strip_accents_as_the_uncased_bert_tokenizer_does(string text, string expected)
    {
        AccentStripper.Strip(text).ShouldBe(expected);
    }
}
