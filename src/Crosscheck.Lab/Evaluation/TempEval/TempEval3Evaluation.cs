using Crosscheck.Kinds.Dates;

namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>One document of a TempEval-3 run: what was read, and how our TIMEX3s compare with its gold ones.</summary>
public sealed record TempEvalDocumentResult(string Path, TimeMLDocument Document, IReadOnlyList<Timex> System, TimexComparison Comparison);

/// <summary>A TempEval-3 run over a folder: each document's result and the totals.</summary>
public sealed record TempEvalRun(IReadOnlyList<TempEvalDocumentResult> Documents, TempEvalScore Total);

/// <summary>
/// Runs the temporal recognizer that <c>crosscheck analyze</c> uses on TimeML documents, with each
/// document's creation time as the reference date, and scores it against their gold TIMEX3s.
/// </summary>
public static class TempEval3Evaluation
{
    /// <summary>Our TIMEX3s for the text of <paramref name="document"/>, anchored at its creation time.</summary>
    public static IReadOnlyList<Timex> Annotate(TimeMLDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<TemporalExpression> found = TemporalRecognizer.Recognize(document.Text, new TemporalAnchor(document.CreationTime));
        return [.. found.Select(e => new Timex(e.Span.Start, e.Span.End, TypeName(e.Type), e.Value))];
    }

    /// <summary>
    /// Reads every .tml file under <paramref name="dataFolder"/> (or the one file it names), annotates and scores
    /// each, and when <paramref name="outFolder"/> is given writes each with our TIMEX3s there, at the same relative path.
    /// </summary>
    public static TempEvalRun Run(string dataFolder, string? outFolder = null)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        return File.Exists(dataFolder)
            ? Run([dataFolder], Path.GetDirectoryName(Path.GetFullPath(dataFolder))!, outFolder)
            : Run(TimeMLReader.FilesIn(dataFolder), dataFolder, outFolder);
    }

    /// <summary>Annotates and scores <paramref name="files"/>; output paths are relative to <paramref name="root"/>.</summary>
    public static TempEvalRun Run(IReadOnlyList<string> files, string root, string? outFolder = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new TempEvalDocumentResult[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            TimeMLDocument document = TimeMLReader.Read(files[i]);
            IReadOnlyList<Timex> system = Annotate(document);
            results[i] = new TempEvalDocumentResult(files[i], document, system, TempEvalScorer.Compare(document.Timexes, system));
        });

        if (outFolder is not null)
        {
            foreach (TempEvalDocumentResult r in results)
            {
                string target = Path.Combine(outFolder, Path.GetRelativePath(root, r.Path));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, Timex3Writer.Write(r.Document, r.System));
            }
        }

        TempEvalScore total = results.Aggregate(TempEvalScore.Empty, (sum, r) => sum + r.Comparison.Score);
        return new TempEvalRun(results, total);
    }

    public static string TypeName(TimexType type) => type switch
    {
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        TimexType.Set => "SET",
        _ => "DATE",
    };
}
