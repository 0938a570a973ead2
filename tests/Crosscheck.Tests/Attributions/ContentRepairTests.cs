using Crosscheck.Kinds.Attributions;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>The repairs of the decoded tags on invented sentences (<see cref="ContentRepair"/>, <see cref="SourceRepair"/>).</summary>
public sealed class ContentRepairTests
{
    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // text, source, cue, decoded content, expected content after the repair
        { "He notes that the board met on Friday.", "He", "notes", "that the board", "that the board met on Friday" },
        { "Critics fear the plan will fail next year!", "Critics", "fear", "the plan", "the plan will fail next year" },
        { "Aides believe the vote is close “by any measure.”", "Aides", "believe", "the vote is", "the vote is close “by any measure.”" },
        // The content ends at punctuation: left as it is.
        { "Officials said the toll had risen, which surprised no one.", "Officials", "said", "the toll had risen", "the toll had risen" },
        { "She said the plan works.", "She", "said", "the plan works", "the plan works" },
        // A source or cue follows in the sentence: the content stops where it does.
        { "The plan works well the mayor said on Monday.", "the mayor", "said", "The plan works well", "The plan works well" },
        // The sentence ends the run: the next sentence is not taken.
        { "Officials said the toll rose. It rose again.", "Officials", "said", "the toll", "the toll rose" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_run_a_content_on_to_the_end_of_its_clause_only_when_nothing_else_stops_it(string text, string source, string cue, string content, string expected)
    {
        // Given the tags of a source, a cue and a content as decoded.
        TaggerTokens tokens = TaggerTokens.Of(text);
        (int[] sourceCue, int[] contentTags) = AttributionTags.Encode(tokens, [Span(text, LabeledSpan.Source, source), Span(text, LabeledSpan.Cue, cue), Span(text, LabeledSpan.Content, content)]);

        // When the content is repaired.
        int[] repaired = ContentRepair.Apply(tokens, sourceCue, contentTags);

        // Then it covers the expected text, and the source and cue are untouched.
        IReadOnlyList<LabeledSpan> spans = AttributionTags.Decode(tokens, sourceCue, repaired);
        spans.Single(s => s.Label == LabeledSpan.Content).TextOf(text).ShouldBe(expected);
        spans.Single(s => s.Label == LabeledSpan.Source).TextOf(text).ShouldBe(source);
        spans.Single(s => s.Label == LabeledSpan.Cue).TextOf(text).ShouldBe(cue);
    }

    [Fact]
    public void Should_not_run_a_content_into_another_content()
    {
        const string text = "He said the plan and she believes it works.";
        TaggerTokens tokens = TaggerTokens.Of(text);
        (int[] sourceCue, int[] contentTags) = AttributionTags.Encode(tokens,
        [
            Span(text, LabeledSpan.Content, "the plan"),
            Span(text, LabeledSpan.Content, "it works"),
        ]);

        ContentRepair.Apply(tokens, sourceCue, contentTags).ShouldBe(contentTags);
    }

    private static LabeledSpan Span(string text, string label, string part)
    {
        int start = text.IndexOf(part, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, part);
        return new LabeledSpan(label, [new TextSpan(start, start + part.Length)]);
    }

    [Fact]
    public void Should_continue_the_content_of_a_quotation_resumed_after_its_cue()
    {
        // Given “…,” the mayor said, “…” decoded as two contents.
        const string text = "“We will rebuild,” the mayor said, “and soon.”";
        TaggerTokens tokens = TaggerTokens.Of(text);
        (int[] sourceCue, int[] contentTags) = AttributionTags.Encode(tokens,
        [
            Span(text, LabeledSpan.Content, "“We will rebuild,”"),
            Span(text, LabeledSpan.Source, "the mayor"),
            Span(text, LabeledSpan.Cue, "said"),
            Span(text, LabeledSpan.Content, "“and soon.”"),
        ]);

        IReadOnlyList<LabeledSpan> spans = AttributionTags.Decode(tokens, sourceCue, ContentRepair.Apply(tokens, sourceCue, contentTags));

        // Then they are one content of two fragments, as the guidelines' content continuations.
        LabeledSpan content = spans.Single(s => s.Label == LabeledSpan.Content);
        content.TextOf(text).ShouldBe("“We will rebuild,” … “and soon.”");
    }

    [Theory]
    [InlineData("“I was there,” says Jane Roe, “they drove him.”", "says", "Jane Roe")]
    [InlineData("“It is over,” said Mr Lund.", "said", "Mr Lund")]
    public void Should_tag_the_name_after_a_cue_that_follows_a_quotation_as_its_source(string text, string cue, string expected)
    {
        // Given a quotation and its cue, the name after the cue left untagged.
        TaggerTokens tokens = TaggerTokens.Of(text);
        string quote = text[..(text.IndexOf('”', StringComparison.Ordinal) + 1)];
        (int[] sourceCue, int[] contentTags) = AttributionTags.Encode(tokens, [Span(text, LabeledSpan.Content, quote), Span(text, LabeledSpan.Cue, cue)]);

        int[] repaired = SourceRepair.Apply(tokens, sourceCue, contentTags);

        AttributionTags.Decode(tokens, repaired, contentTags).Single(s => s.Label == LabeledSpan.Source).TextOf(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("“It is over,” said the mayor of the town.")] // no capitalised name
    [InlineData("The plan said Jane Roe was wrong.")] // no quotation before the cue
    [InlineData("“It is over,” said Jane Roe Lund Smith Tate Abel Mayer.")] // longer than a name
    public void Should_leave_other_words_after_a_cue_untagged(string text)
    {
        TaggerTokens tokens = TaggerTokens.Of(text);
        int q = text.IndexOf('”', StringComparison.Ordinal);
        LabeledSpan[] spans = q < 0
            ? [Span(text, LabeledSpan.Cue, "said")]
            : [Span(text, LabeledSpan.Content, text[..(q + 1)]), Span(text, LabeledSpan.Cue, "said")];
        (int[] sourceCue, int[] contentTags) = AttributionTags.Encode(tokens, spans);

        SourceRepair.Apply(tokens, sourceCue, contentTags).ShouldBe(sourceCue);
    }
}
