using Crosscheck.Annotation;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Annotation;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Sen. Lindsey Graham asked Gen. Martin Dempsey a question. He replied.", 2)]
    [InlineData("The U.S. launched an air campaign. The F.S.B. was involved.", 2)]
    [InlineData("George W. Bush spoke. It was 3.5 hours long.", 2)]
    [InlineData("“We will find the enemy everywhere... We stab the enemy,” he said. Then he left.", 3)]
    [InlineData("“Are they really interested?”, he asked, ignoring it.", 1)]
    [InlineData("He warned the U.S. The president listened.", 2)]
    [InlineData("Line one without a period\nLine two.", 2)]
    public void Should_split_sentences(string text, int expected)
    {
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split(text);
        sentences.Count.ShouldBe(expected, string.Join(" | ", sentences.Select(s => s.Text)));
        foreach (Sentence s in sentences)
        {
            text.Substring(s.Span.Start, s.Span.Length).ShouldBe(s.Text);
        }
    }

    [Fact]
    public void Should_keep_closing_quote_with_its_sentence()
    {
        IReadOnlyList<Sentence> sentences = SentenceSplitter.Split("Kerry said “it was growing.” Then he left.");
        sentences[0].Text.ShouldBe("Kerry said “it was growing.”");
    }

    [Fact]
    public void Should_tokenize_abbreviations_numbers_and_hyphenated_words()
    {
        const string text = "The U.S. counted 6,000 people and 1.5 million ISIS-K fighters didn’t.";
        IReadOnlyList<Token> tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));
        tokens.Select(t => t.Text).ShouldBe(["The", "U.S.", "counted", "6,000", "people", "and", "1.5", "million", "ISIS-K", "fighters", "didn’t", "."]);
        tokens[3].Kind.ShouldBe(TokenKind.Number);
    }
}
