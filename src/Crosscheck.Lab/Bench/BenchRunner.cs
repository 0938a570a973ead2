using System.Diagnostics;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Writers;
using Crosscheck.Store;

namespace Crosscheck.Lab.Bench;

/// <summary>
/// The scale bench: builds a synthetic corpus of distinct documents, runs the analyze pipeline's library calls on
/// it (clean, extract on all cores, every set analyzer, the report model, the three reports, the store), timing each
/// step in wall and CPU time, then runs the pipeline again on the first documents on one thread.
/// </summary>
public static class BenchRunner
{
    public const string GenerateStep = "generate";

    /// <param name="progress">Told of each step as it starts.</param>
    /// <exception cref="InvalidDataException">No text to build the corpus from.</exception>
    public static BenchResult Run(BenchOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var steps = new List<BenchStage>();
        IReadOnlyList<SourceDocument> documents = [];
        Timed(steps, GenerateStep, progress, () =>
        {
            IReadOnlyList<SourceText> texts = SyntheticCorpus.ReadTexts(options.FncBodies, options.PolnearTexts);
            documents = SyntheticCorpus.Generate(texts, options.Documents, options.Seed);
        });
        if (options.CorpusFile is { } corpus)
        {
            WriteCorpus(documents, corpus);
        }

        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        string outDir = options.OutDir ?? Path.Combine(Path.GetTempPath(), $"crosscheck-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(outDir);
        long allocatedBefore = GC.GetTotalAllocatedBytes();
        try
        {
            AnalysisPipeline pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
            DateTimeOffset startedAt = DateTimeOffset.UtcNow;
            AnalysisResult result = Timed(steps, "analyze", progress, () => pipeline.Analyze(documents));
            Report report = Timed(steps, "report model", progress, () => ReportBuilder.Build(result, DateTimeOffset.UtcNow));
            var outputs = new Dictionary<string, long>(StringComparer.Ordinal);
            Timed(steps, "report.json", progress, () =>
            {
                string path = Path.Combine(outDir, "report.json");
                using (FileStream json = File.Create(path))
                {
                    JsonReportStream.Write(report, json);
                }

                outputs["report.json"] = new FileInfo(path).Length;
            });
            Timed(steps, "report.md", progress, () => outputs["report.md"] = Write(outDir, "report.md", MarkdownReportWriter.Write(report)));
            Timed(steps, "report.html", progress, () => outputs["report.html"] = Write(outDir, "report.html", HtmlReportWriter.Write(report)));
            if (options.Store)
            {
                string db = Path.Combine(outDir, "crosscheck.db");
                Timed(steps, "store", progress, () =>
                {
                    using (var store = new CrosscheckStore(db))
                    {
                        store.Save(report, RunInfo.Create(startedAt, DateTimeOffset.UtcNow, ["bench"]));
                    }

                    outputs["crosscheck.db"] = new FileInfo(db).Length;
                });
            }

            long allocated = GC.GetTotalAllocatedBytes() - allocatedBefore;
            long peak;
            using (var self = Process.GetCurrentProcess())
            {
                peak = self.PeakWorkingSet64;
            }

            TimeSpan extract = result.Timings.FirstOrDefault(t => t.Stage == "extract")?.Elapsed ?? TimeSpan.Zero;
            var allCores = new BenchThroughput(result.Documents.Count, bytes, extract, TimeSpan.Zero, Environment.ProcessorCount);
            BenchThroughput? single = options.SingleThreadDocuments > 0 ? SingleThread(documents.Take(options.SingleThreadDocuments).ToList(), progress) : null;
            return new BenchResult(documents.Count, bytes, steps, result.Timings, allCores, single, peak, allocated, outputs, result.Problems.Count);
        }
        finally
        {
            if (options.OutDir is null)
            {
                Directory.Delete(outDir, recursive: true);
            }
        }
    }

    /// <summary>The pipeline on <paramref name="documents"/> with one extracting thread; its "extract" stage timed.</summary>
    private static BenchThroughput SingleThread(IReadOnlyList<SourceDocument> documents, Action<string>? progress)
    {
        progress?.Invoke($"single thread ({documents.Count} documents)");
        var builder = AnalysisPipelineBuilder.CreateDefault();
        builder.MaxParallelism = 1;
        AnalysisPipeline pipeline = builder.Build();
        TimeSpan cpuBefore = CpuTime();
        AnalysisResult result = pipeline.Analyze(documents);
        TimeSpan extract = result.Timings.FirstOrDefault(t => t.Stage == "extract")?.Elapsed ?? TimeSpan.Zero;
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        return new BenchThroughput(result.Documents.Count, bytes, extract, CpuTime() - cpuBefore, 1);
    }

    private static long Write(string outDir, string name, string text)
    {
        string path = Path.Combine(outDir, name);
        File.WriteAllText(path, text, ReportEncoding.Utf8);
        return new FileInfo(path).Length;
    }

    private static void WriteCorpus(IReadOnlyList<SourceDocument> documents, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (SourceDocument d in documents)
        {
            File.WriteAllText(Path.Combine(folder, d.File), d.Text);
        }
    }

    private static void Timed(List<BenchStage> steps, string name, Action<string>? progress, Action step) =>
        Timed<object?>(steps, name, progress, () =>
        {
            step();
            return null;
        });

    private static T Timed<T>(List<BenchStage> steps, string name, Action<string>? progress, Func<T> step)
    {
        progress?.Invoke(name);
        TimeSpan cpu = CpuTime();
        var clock = Stopwatch.StartNew();
        T value = step();
        steps.Add(new BenchStage(name, clock.Elapsed, CpuTime() - cpu));
        return value;
    }

    internal static TimeSpan CpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
