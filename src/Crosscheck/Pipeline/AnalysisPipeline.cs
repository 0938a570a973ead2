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
public readonly record struct PipelineProgress(string Stage, int Done, int Total);

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
        };
    }

    /// <summary>Cleans and analyzes documents already read.</summary>
    public AnalysisResult Analyze(IReadOnlyList<SourceDocument> sources, IProgress<PipelineProgress>? progress = null)
    {
        var timings = new List<StageTiming>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<Document> cleaned = ReferenceDates.Assign(_cleaner.Clean(sources));
        timings.Add(new StageTiming("clean", clock.Elapsed, TimeSpan.Zero));
        clock.Restart();
        progress?.Report(new PipelineProgress("clean", cleaned.Count, cleaned.Count));

        var problems = new List<InputProblem>();
        var annotated = new AnnotatedDocument?[cleaned.Count];
        var findings = new DocumentFindings?[cleaned.Count];
        int done = 0;
        Parallel.For(0, cleaned.Count, i =>
        {
            Document doc = cleaned[i];
            try
            {
                AnnotatedDocument a = TextAnnotator.Annotate(doc);
                DocumentFindings f = new(doc.Id);
                foreach (IExtractor extractor in Extractors)
                {
                    f = extractor.Extract(a, f);
                }

                annotated[i] = a;
                findings[i] = f;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (problems)
                {
                    problems.Add(new InputProblem(doc.File, $"analysis failed: {e.GetType().Name}: {e.Message}"));
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

        timings.Add(new StageTiming("extract", clock.Elapsed, TimeSpan.Zero));
        SetFindings set = new();
        foreach (ISetAnalyzer analyzer in SetAnalyzers)
        {
            clock.Restart();
            TimeSpan encoderBefore = Semantics.SentenceEncoder.IsCreated ? Semantics.SentenceEncoder.Shared.TimeSpent : TimeSpan.Zero;
            set = analyzer.Analyze(docs, docFindings, set);
            TimeSpan encoder = Semantics.SentenceEncoder.IsCreated ? Semantics.SentenceEncoder.Shared.TimeSpent - encoderBefore : TimeSpan.Zero;
            timings.Add(new StageTiming(analyzer.Name, clock.Elapsed, encoder));
        }

        progress?.Report(new PipelineProgress("compare", 1, 1));
        return new AnalysisResult(docs, docFindings, set, problems) { Timings = timings };
    }
}
