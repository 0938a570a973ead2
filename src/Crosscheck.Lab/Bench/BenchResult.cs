using Crosscheck.Model;

namespace Crosscheck.Lab.Bench;

/// <summary>What one bench run measured.</summary>
/// <param name="Documents">Documents generated (and analyzed, less <paramref name="Problems"/>).</param>
/// <param name="Bytes">Their text in UTF-8 bytes.</param>
/// <param name="Steps">The bench's steps in order (generate, analyze, report model, each writer, store), each timed.</param>
/// <param name="Pipeline">The pipeline's own stage times within "analyze" (clean, extract, each set analyzer), wall.</param>
/// <param name="AllCores">Per-document extraction of every document on all cores (the pipeline's "extract" stage).</param>
/// <param name="SingleThread">The pipeline run again on the first documents on one thread, warm ("extract" stage).</param>
/// <param name="PeakWorkingSet">The process's peak working set after the full run (before the single-thread one), bytes.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap over the full run.</param>
/// <param name="Outputs">The size in bytes of each file written (report.json, report.md, report.html, the store).</param>
public sealed record BenchResult(
    int Documents,
    long Bytes,
    IReadOnlyList<BenchStage> Steps,
    IReadOnlyList<StageTiming> Pipeline,
    BenchThroughput AllCores,
    BenchThroughput? SingleThread,
    long PeakWorkingSet,
    long AllocatedBytes,
    IReadOnlyDictionary<string, long> Outputs,
    int Problems)
{
    /// <summary>Wall and CPU time of the full run: every step but the generation of the corpus.</summary>
    public BenchStage Total => new("total", Sum(s => s.Wall), Sum(s => s.Cpu));

    private TimeSpan Sum(Func<BenchStage, TimeSpan> of) =>
        Steps.Where(s => s.Name != BenchRunner.GenerateStep).Aggregate(TimeSpan.Zero, (t, s) => t + of(s));
}
