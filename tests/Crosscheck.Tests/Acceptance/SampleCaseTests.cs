using Crosscheck.Lab.Evaluation;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Acceptance;

/// <summary>
/// The acceptance figures of the sample case (issue "Crosscheck 0.1"). Each test prints every figure
/// and the misses of its area, then requires its area's targets.
/// </summary>
[Trait("Category", "Slow")]
public sealed class SampleCaseTests(SampleCaseFixture fixture) : IClassFixture<SampleCaseFixture>
{
    [Theory]
    [InlineData("metadata")]
    [InlineData("cleaning")]
    [InlineData("numbers")]
    [InlineData("quotes")]
    [InlineData("dates")]
    [InlineData("cited sources")]
    [InlineData("entities")]
    [InlineData("hypotheses")]
    public void Should_meet_the_acceptance_targets(string area)
    {
        var output = TestContext.Current.TestOutputHelper!;
        foreach (Figure f in fixture.Score.Figures)
        {
            output.WriteLine(f.ToString());
        }

        string prefix = area.Split(' ')[0];
        foreach (string miss in fixture.Score.Misses.Where(m => m.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || m.Contains(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            output.WriteLine("  miss: " + miss);
        }

        var mine = fixture.Score.Figures.Where(f => f.Name.StartsWith(area + ":", StringComparison.Ordinal)).ToList();
        mine.ShouldNotBeEmpty();
        mine.Where(f => !f.Met).Select(f => f.ToString()).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_all_five_documents_without_problems()
    {
        fixture.Result.Documents.Count.ShouldBe(5);
        fixture.Result.Problems.ShouldBeEmpty();
        fixture.Report.Documents.Select(d => d.File).Order(StringComparer.Ordinal).First().ShouldStartWith("000_");
    }
}
