using Crosscheck.Lab.Evaluation.PolNeAR;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>The error dump of eval polnear --errors: how each unmatched span is classed.</summary>
public sealed class PolnearErrorsTests
{
    [Theory]
    [InlineData(10, 20, 10, 20, "fragments")]
    [InlineData(5, 20, 10, 20, "start early")]
    [InlineData(12, 20, 10, 20, "start late")]
    [InlineData(10, 18, 10, 20, "end early")]
    [InlineData(10, 25, 10, 20, "end late")]
    [InlineData(12, 25, 10, 20, "start late, end late")]
    public void Should_name_the_wrong_edge(int predictedStart, int predictedEnd, int goldStart, int goldEnd, string expected) =>
        PolnearErrors.Boundary(new TextSpan(predictedStart, predictedEnd), new TextSpan(goldStart, goldEnd)).ShouldBe(expected);

    [Fact]
    public void Should_class_each_unmatched_span_once_and_leave_out_exact_matches()
    {
        // Given gold: an exact match, one found with a late start, one missed; predicted: also one spurious.
        BratSpan[] gold = [Content("T1", 0, 10), Content("T2", 20, 40), Content("T3", 60, 70)];
        BratSpan[] predicted = [Content("T1", 0, 10), Content("T2", 25, 40), Content("T3", 80, 90)];

        IReadOnlyList<PolnearErrors.Error> errors = PolnearErrors.Of("Content", gold, predicted);

        errors.Select(e => (e.Kind, e.Predicted?.Extent.Start, e.Gold?.Extent.Start)).ShouldBe([
            ("start late", 25, 20),
            (PolnearErrors.Spurious, 80, null),
            (PolnearErrors.Missed, null, 60),
        ]);
    }

    [Fact]
    public void Should_write_the_counts_and_each_error_in_its_text()
    {
        const string text = "Officials said the toll had risen on Friday.";
        PolnearErrors.Error error = new("Content", "end early", Content("T1", 15, 33), Content("T2", 15, 43));

        string dump = PolnearErrors.Format([("art", text, error)]);

        dump.ShouldContain("Content  end early");
        dump.ShouldContain("gold: …Officials said [the toll had risen on Friday].…");
        dump.ShouldContain("pred: …Officials said [the toll had risen] on Friday.…");
    }

    private static BratSpan Content(string id, int start, int end) => new(id, "Content", [new TextSpan(start, end)]);
}
