using Crosscheck.Lab.Evaluation.TempEval;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.TempEval;

/// <summary>
/// Regression guard of the temporal recognizer on TempEval-3: the first 20 TimeBank files in ordinal name
/// order must score at least the recorded figures.
/// </summary>
[Trait("Category", "Slow")]
public sealed class TempEval3RegressionTests
{
    // Recorded on 2026-11-21 with `crosscheck eval tempeval3 --data DIR`, DIR holding copies of the first 20
    // TimeBank/*.tml in ordinal name order (ABC19980108.1830.0711 … APW19980418.0210): 195 gold TIMEX3,
    // strict F1 92.23, relaxed F1 95.34, value F1 81.35; written here rounded down to one decimal.
    private const double StrictF1 = 92.2;
    private const double RelaxedF1 = 95.3;
    private const double ValueF1 = 81.3;

    private static string TimeBank => Path.Combine(TestPaths.Shared, "data", "tempeval3", "TimeBank");

    [Fact]
    public void Should_not_fall_below_the_recorded_figures_on_the_fixed_slice()
    {
        string[] slice = [.. TimeMLReader.FilesIn(TimeBank).Take(20)];
        slice.Length.ShouldBe(20);

        TempEvalRun run = TempEval3Evaluation.Run(slice, TimeBank);

        run.Total.Gold.ShouldBeGreaterThan(0);
        (100 * run.Total.StrictF1).ShouldBeGreaterThanOrEqualTo(StrictF1);
        (100 * run.Total.RelaxedF1).ShouldBeGreaterThanOrEqualTo(RelaxedF1);
        (100 * run.Total.ValueF1).ShouldBeGreaterThanOrEqualTo(ValueF1);
    }

    [Fact]
    public void Should_write_every_file_with_our_timexes()
    {
        string out_ = Directory.CreateTempSubdirectory("crosscheck-te3-").FullName;
        try
        {
            string[] slice = [.. TimeMLReader.FilesIn(TimeBank).Take(3)];
            TempEvalRun run = TempEval3Evaluation.Run(slice, TimeBank, out_);

            foreach (TempEvalDocumentResult r in run.Documents)
            {
                TimeMLDocument written = TimeMLReader.Read(Path.Combine(out_, Path.GetFileName(r.Path)));
                written.Text.ShouldBe(r.Document.Text);
                written.Timexes.Select(t => (t.Start, t.End, t.Value)).ShouldBe(r.System.Select(t => (t.Start, t.End, t.Value)));
            }
        }
        finally
        {
            Directory.Delete(out_, recursive: true);
        }
    }
}
