using Crosscheck.Kinds.Attributions;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>Spans to tags and back, the tagger's tokens, and attribution assembly, on invented sentences.</summary>
public sealed class AttributionTagsTests
{
    private static LabeledSpan Span(string text, string label, params string[] parts)
    {
        int from = 0;
        var fragments = new List<TextSpan>();
        foreach (string p in parts)
        {
            int start = text.IndexOf(p, from, StringComparison.Ordinal);
            start.ShouldBeGreaterThanOrEqualTo(0, p);
            fragments.Add(new TextSpan(start, start + p.Length));
            from = start + p.Length;
        }

        return new LabeledSpan(label, fragments);
    }

    [Fact]
    public void Should_split_clitics_off_so_a_source_can_end_before_them()
    {
        TaggerTokens tokens = TaggerTokens.Of("He’s been saying that Lund's plan works.");
        tokens.Tokens.Select(t => t.Text).ShouldBe(["He", "’s", "been", "saying", "that", "Lund", "'s", "plan", "works", "."]);
    }

    [Fact]
    public void Should_give_back_the_gold_spans_after_encoding_and_decoding()
    {
        // Given a split quote (a content of two fragments), a nested paraphrase, and a second line.
        const string text = "“We will win,” the mayor said, “and soon.” Aides believe the vote is close.\nOfficials reported the toll had risen.";
        LabeledSpan[] gold =
        [
            Span(text, LabeledSpan.Content, "“We will win,”", "“and soon.”"),
            Span(text, LabeledSpan.Source, "the mayor"),
            Span(text, LabeledSpan.Cue, "said"),
            Span(text, LabeledSpan.Source, "Aides"),
            Span(text, LabeledSpan.Cue, "believe"),
            Span(text, LabeledSpan.Content, "the vote is close"),
            Span(text, LabeledSpan.Source, "Officials"),
            Span(text, LabeledSpan.Cue, "reported"),
            Span(text, LabeledSpan.Content, "the toll had risen"),
        ];
        TaggerTokens tokens = TaggerTokens.Of(text);

        (int[] sourceCue, int[] content) = AttributionTags.Encode(tokens, gold);
        IReadOnlyList<LabeledSpan> back = AttributionTags.Decode(tokens, sourceCue, content);

        static string Key(LabeledSpan s) => s.Label + " " + string.Join(";", s.Fragments);
        back.Select(Key).Order().ShouldBe(gold.Select(Key).Order());
        content.ShouldContain(AttributionTags.ContinueContent);
    }

    [Fact]
    public void Should_join_each_cue_with_its_nearest_source_and_content()
    {
        const string text = "Officials said the toll had risen. Critics fear the plan will fail.\n\n“It is over,” she added.";
        LabeledSpan[] spans =
        [
            Span(text, LabeledSpan.Source, "Officials"),
            Span(text, LabeledSpan.Cue, "said"),
            Span(text, LabeledSpan.Content, "the toll had risen"),
            Span(text, LabeledSpan.Source, "Critics"),
            Span(text, LabeledSpan.Cue, "fear"),
            Span(text, LabeledSpan.Content, "the plan will fail"),
            Span(text, LabeledSpan.Content, "“It is over,”"),
            Span(text, LabeledSpan.Cue, "added"),
        ];

        IReadOnlyList<AssembledAttribution> found = AttributionAssembler.Assemble(text, spans);

        found.Count.ShouldBe(3);
        found.Select(a => (a.Source?.TextOf(text), a.Cue.TextOf(text), a.Content?.TextOf(text))).ShouldBe([
            ("Officials", "said", "the toll had risen"),
            ("Critics", "fear", "the plan will fail"),
            // "she" was not tagged: no source, and none taken from across the paragraph break.
            (null, "added", "“It is over,”"),
        ]);
    }
}
