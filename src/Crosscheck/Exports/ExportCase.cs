using System.Globalization;
using Crosscheck.Annotation;
using Crosscheck.Model;
using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>
/// What every export reads: the report (as the store loads it), the links, the documents by file with their readable
/// names (<see cref="DocLabels"/>), the sentence around a finding, and the graph of documents and entities.
/// </summary>
public sealed class ExportCase
{
    private readonly Dictionary<string, ReportDocument> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Sentence>> _sentences = new(StringComparer.Ordinal);
    private readonly Lazy<ExportGraph> _graph;

    public ExportCase(Report report, IExportLinks links)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(links);
        Report = report;
        Links = links;
        Labels = new DocLabels(report, new FindingAnchors(report));
        foreach (ReportDocument d in report.Documents)
        {
            _documents.TryAdd(d.File, d);
        }

        _graph = new Lazy<ExportGraph>(() => ExportGraph.Build(this));
    }

    public Report Report { get; }

    public IExportLinks Links { get; }

    internal DocLabels Labels { get; }

    /// <summary>The documents, entities and their links, shared by the FollowTheMoney and GEXF exports.</summary>
    public ExportGraph Graph => _graph.Value;

    /// <summary>The day the analysis ran ("2024-03-28"), or null when the report does not say.</summary>
    public string? Generated =>
        DateTimeOffset.TryParse(Report.GeneratedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at)
            ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    public ReportDocument? Document(string file) => _documents.GetValueOrDefault(file);

    /// <summary>The publication date the document declares ("2024-03-22"); null when unknown or only inferred.</summary>
    public static string? DeclaredDate(ReportDocument d) => d.PublishedInferred ? null : d.Published;

    /// <summary>The whole sentence around a span of a document (the span's own text when the document is unknown).</summary>
    public string SentenceAround(string file, int start, int end)
    {
        if (Document(file) is not { } d || start < 0 || end > d.Text.Length || start >= end)
        {
            return string.Empty;
        }

        if (!_sentences.TryGetValue(file, out IReadOnlyList<Sentence>? sentences))
        {
            _sentences[file] = sentences = SentenceSplitter.Split(d.Text);
        }

        int from = sentences.LastOrDefault(s => s.Span.Start <= start)?.Span.Start ?? start;
        int to = sentences.FirstOrDefault(s => s.Span.End >= end)?.Span.End ?? end;
        return d.Text[from..Math.Max(from, to)].ReplaceLineEndings(" ").Trim();
    }
}
