using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Pipeline;

/// <summary>Looking items up by position gives what a scan of the whole list with the same condition gives, in list order.</summary>
public sealed class SpanLookupTests
{
    private static readonly TextSpan[] Spans = [new(50, 60), new(0, 10), new(12, 40), new(55, 58), new(70, 75), new(30, 31)];

    [Theory]
    [InlineData(0, 5)]
    [InlineData(29, 32)]
    [InlineData(56, 57)]
    [InlineData(61, 69)]
    [InlineData(100, 120)]
    public void Should_find_every_overlapping_span_in_list_order(int start, int end)
    {
        var lookup = new SpanLookup<TextSpan>(Spans, s => s);

        var near = lookup.Near(start, end).Where(s => s.Start < end && start < s.End).ToList();

        near.ShouldBe([.. Spans.Where(s => s.Start < end && start < s.End)]);
    }

    [Fact]
    public void Should_give_the_spans_that_start_in_a_range_in_list_order()
    {
        var lookup = new SpanLookup<TextSpan>(Spans, s => s);

        lookup.StartingIn(12, 55).ShouldBe([new TextSpan(50, 60), new TextSpan(12, 40), new TextSpan(55, 58), new TextSpan(30, 31)]);
        lookup.MaxLength.ShouldBe(28);
    }
}
