using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Evaluation.Conll;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ner;

/// <summary>IOB tags (CoNLL-2003's IOB1, and IOB2) to entity spans by conlleval's rules, and spans back to IOB1.</summary>
public sealed class IobTests
{
    [Fact]
    public void Should_read_iob1_spans_with_b_only_where_two_entities_of_one_type_touch()
    {
        // Given "Maria Lund Jan Berg of Acme Bank visited Oslo": two people side by side, then an organisation and a place.
        string[] tags = ["I-PER", "I-PER", "B-PER", "I-PER", "O", "I-ORG", "I-ORG", "O", "I-LOC"];

        Iob.Spans(tags).ShouldBe([new NerSpan(0, 2, "PER"), new NerSpan(2, 4, "PER"), new NerSpan(5, 7, "ORG"), new NerSpan(8, 9, "LOC")]);
    }

    [Fact]
    public void Should_start_a_span_where_the_type_changes_and_read_iob2_alike()
    {
        Iob.Spans(["I-ORG", "I-LOC", "I-LOC"]).ShouldBe([new NerSpan(0, 1, "ORG"), new NerSpan(1, 3, "LOC")]);
        Iob.Spans(["B-MISC", "I-MISC", "O", "B-PER"]).ShouldBe([new NerSpan(0, 2, "MISC"), new NerSpan(3, 4, "PER")]);
        Iob.Spans(["O", "O"]).ShouldBeEmpty();
    }

    [Fact]
    public void Should_write_spans_back_as_iob1()
    {
        NerSpan[] spans = [new(0, 2, "PER"), new(2, 4, "PER"), new(5, 7, "ORG"), new(7, 8, "LOC")];

        string[] tags = Iob.Iob1(9, spans);

        tags.ShouldBe(["I-PER", "I-PER", "B-PER", "I-PER", "O", "I-ORG", "I-ORG", "I-LOC", "O"]);
        Iob.Spans(tags).ShouldBe(spans);
    }

    [Fact]
    public void Should_encode_spans_as_bilou_tags_and_decode_them()
    {
        NerSpan[] spans = [new(0, 1, "LOC"), new(2, 5, "ORG")];

        int[] tags = NerTags.Encode(6, spans);

        tags.Count(t => t != NerTags.Outside).ShouldBe(4);
        NerTags.Decode(tags).ShouldBe(spans);
        for (int i = 0; i < tags.Length; i++)
        {
            NerTags.Allowed(i == 0 ? -1 : tags[i - 1], tags[i]).ShouldBeTrue();
        }

        NerTags.Allowed(NerTags.Outside, tags[3]).ShouldBeFalse("an inside tag never follows O");
    }
}
