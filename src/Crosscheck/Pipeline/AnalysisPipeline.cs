using Crosscheck.Annotation;
using Crosscheck.Cleaning;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>Progress of a run, reported per stage and per document.</summary>
/// <remarks>
/// Stages in order: "read", "clean", "extract" (once per document), "compare-step" (as each set analyzer starts,
/// named by <see cref="Step"/>), "compare" (done).
/// </remarks>
public readonly record struct PipelineProgress(string Stage, int Done, int Total)
{
    /// <summary>The set analyzer starting, for "compare-step".</summary>
    public string? Step { get; init; }
}

/// <summary>
/// The analysis pipeline: read → clean → date → annotate → extract (per document, in parallel) → compare.
/// Built by <see cref="AnalysisPipelineBuilder"/>; immutable and safe to reuse.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly InputReader _reader;
    private readonly DocumentCleaner _cleaner;

    internal AnalysisPipeline(InputReader reader, DocumentCleaner cleaner, IReadOnlyList<IExtractor> extractors, IReadOnlyList<ISetAnalyzer> setAnalyzers)
    {
        _reader = reader;
        _cleaner = cleaner;
        Extractors = extractors;
        SetAnalyzers = setAnalyzers;
    }

    public IReadOnlyList<IExtractor> Extractors { get; }

    public IReadOnlyList<ISetAnalyzer> SetAnalyzers { get; }

    /// <summary>How many documents are extracted at once; -1 for as many as there are cores.</summary>
    public int MaxParallelism { get; init; } = -1;

    /// <summary>Reads, cleans and analyzes the files and folders given.</summary>
    public AnalysisResult Run(IEnumerable<string> paths, IProgress<PipelineProgress>? progress = null)
    {
        ReadResult read = _reader.Read(paths);
        progress?.Report(new PipelineProgress("read", read.Documents.Count, read.Documents.Count));
        AnalysisResult result = Analyze(read.Documents, progress);
        return result with
        {
            Problems = [.. read.Problems, .. result.Problems],
            Duplicates = [.. read.Duplicates.Select(d => new InputProblem(d.File, $"same text as {d.SameAs}, analyzed once"))],
            ReadNotes = read.Notes,
        };
    }

    /// <summary>Cleans and analyzes documents already read.</summary>
    /// <remarks>
    /// Every stage is guarded per document: a document that makes cleaning, the dating of the set, annotation,
    /// an extractor or a set analyzer throw becomes an <see cref="InputProblem"/> naming its file, the stage and the
    /// reason, and the others are analyzed without it. A set step that fails on the set but on no document alone is
    /// left out with a problem naming it.
    /// </remarks>
    public AnalysisResult Analyze(IReadOnlyList<SourceDocument> sources, IProgress<PipelineProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var timings = new List<StageTiming>();
        var problems = new List<InputProblem>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan cpu = CpuTime();
        IReadOnlyList<Document> cleaned = StageGuard.RunIsolating(sources, s => s.File, "cleaning", _cleaner.Clean, problems);
        timings.Add(new StageTiming("clean", clock.Elapsed, TimeSpan.Zero) { Cpu = CpuTime() - cpu });
        clock.Restart();
        cpu = CpuTime();
        cleaned = StageGuard.RunIsolating(cleaned, d => d.File, "dating the set", ReferenceDates.Assign, problems);
        timings.Add(new StageTiming("date the set", clock.Elapsed, TimeSpan.Zero) { Cpu = CpuTime() - cpu });
        clock.Restart();
        cpu = CpuTime();
        progress?.Report(new PipelineProgress("clean", cleaned.Count, cleaned.Count));

        var annotated = new AnnotatedDocument?[cleaned.Count];
        var findings = new DocumentFindings?[cleaned.Count];
        int done = 0;
        Parallel.For(0, cleaned.Count, new ParallelOptions { MaxDegreeOfParallelism = MaxParallelism }, i =>
        {
            Document doc = cleaned[i];
            string stage = "annotation";
            try
            {
                AnnotatedDocument a = TextAnnotator.Annotate(doc);
                DocumentFindings f = new(doc.Id);
                foreach (IExtractor extractor in Extractors)
                {
                    stage = $"the {extractor.Name} extractor";
                    f = extractor.Extract(a, f);
                }

                annotated[i] = a;
                findings[i] = f;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (problems)
                {
                    problems.Add(StageGuard.Problem(doc.File, stage, e));
                }
            }

            progress?.Report(new PipelineProgress("extract", Interlocked.Increment(ref done), cleaned.Count));
        });

        List<AnnotatedDocument> docs = [];
        List<DocumentFindings> docFindings = [];
        for (int i = 0; i < cleaned.Count; i++)
        {
            if (annotated[i] is { } a && findings[i] is { } f)
            {
                docs.Add(a);
                docFindings.Add(f);
            }
        }

        timings.Add(new StageTiming("extract", clock.Elapsed, TimeSpan.Zero) { Cpu = CpuTime() - cpu });
        SetFindings set = Compare(docs, docFindings, timings, problems, progress);
        progress?.Report(new PipelineProgress("compare", 1, 1));
        return new AnalysisResult(docs, docFindings, set, problems) { Timings = timings };
    }

    /// <summary>
    /// Runs the set analyzers in order. When one throws, each document is run alone through the analyzers up to it:
    /// those that fail alone are named and taken out of the set, and the comparison starts again without them; when
    /// none (or every one) fails alone, the analyzer is left out with a problem naming it.
    /// </summary>
    private SetFindings Compare(List<AnnotatedDocument> docs, List<DocumentFindings> findings, List<StageTiming> timings, List<InputProblem> problems, IProgress<PipelineProgress>? progress)
    {
        var skipped = new HashSet<ISetAnalyzer>();
        int timed = timings.Count;
        while (true)
        {
            timings.RemoveRange(timed, timings.Count - timed);
            (SetFindings set, ISetAnalyzer? failed, Exception? error) = RunSetAnalyzers(docs, findings, skipped, timings, progress: progress);
            if (failed is null)
            {
                return set;
            }

            List<int> culprits = [.. Enumerable.Range(0, docs.Count).Where(i => RunSetAnalyzers([docs[i]], [findings[i]], skipped, null, upTo: failed).Failed is not null)];
            if (culprits.Count == 0 || culprits.Count == docs.Count)
            {
                skipped.Add(failed);
                problems.Add(StageGuard.SetProblem(failed.Name, error!, "its findings are left out"));
                continue;
            }

            foreach (int i in culprits.OrderDescending())
            {
                Exception alone = RunSetAnalyzers([docs[i]], [findings[i]], skipped, null, upTo: failed).Error!;
                problems.Add(StageGuard.Problem(docs[i].Document.File, failed.Name, alone));
                docs.RemoveAt(i);
                findings.RemoveAt(i);
            }
        }
    }

    /// <summary>The CPU time of the process so far, every thread.</summary>
    private static TimeSpan CpuTime()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private (SetFindings Set, ISetAnalyzer? Failed, Exception? Error) RunSetAnalyzers(
        IReadOnlyList<AnnotatedDocument> docs, IReadOnlyList<DocumentFindings> findings, HashSet<ISetAnalyzer> skipped, List<StageTiming>? timings, ISetAnalyzer? upTo = null,
        IProgress<PipelineProgress>? progress = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SetFindings set = new();
        int step = 0;
        foreach (ISetAnalyzer analyzer in SetAnalyzers)
        {
            step++;
            if (skipped.Contains(analyzer))
            {
                continue;
            }

            progress?.Report(new PipelineProgress("compare-step", step - 1, SetAnalyzers.Count) { Step = analyzer.Name });

            clock.Restart();
            TimeSpan cpu = CpuTime();
            TimeSpan encoderBefore = Semantics.SentenceEncoder.IsCreated ? Semantics.SentenceEncoder.Shared.TimeSpent : TimeSpan.Zero;
            try
            {
                set = analyzer.Analyze(docs, findings, set);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return (set, analyzer, e);
            }

            TimeSpan encoder = Semantics.SentenceEncoder.IsCreated ? Semantics.SentenceEncoder.Shared.TimeSpent - encoderBefore : TimeSpan.Zero;
            timings?.Add(new StageTiming(analyzer.Name, clock.Elapsed, encoder) { Cpu = CpuTime() - cpu });
            if (analyzer == upTo)
            {
                break;
            }
        }

        return (set, null, null);
    }
}
