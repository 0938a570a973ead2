using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Reporting.Common;

/// <summary>
/// What every finding kind needs to turn its findings into report records: the file that names each document,
/// each document's text (for evidence spans), and the report's spelling of enum values.
/// </summary>
public sealed class ReportContext
{
    private readonly Dictionary<string, string> _file;
    private readonly Dictionary<string, string> _text;

    public ReportContext(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Result = result;
        _file = result.Documents.ToDictionary(d => d.Id, d => d.Document.File);
        _text = result.Documents.ToDictionary(d => d.Id, d => d.Document.Text);
        ById = result.Documents.DistinctBy(d => d.Id).ToDictionary(d => d.Id);
    }

    public AnalysisResult Result { get; }

    /// <summary>The documents by id.</summary>
    public IReadOnlyDictionary<string, AnnotatedDocument> ById { get; }

    /// <summary>The file (report name) of a document.</summary>
    public string File(string docId) => _file[docId];

    /// <summary>A span of a document as report evidence: its text and offsets.</summary>
    public ReportEvidence Evidence(string docId, TextSpan span) => new(span.Slice(_text[docId]), span.Start, span.End);

    public IReadOnlyList<ReportEvidence> Evidence(string docId, IEnumerable<TextSpan> spans) => [.. spans.Select(s => Evidence(docId, s))];

    /// <summary>"MoreThan" → "more_than": the report's spelling of enum values.</summary>
    public static string Snake<T>(T value)
        where T : struct, Enum => SnakeCase.Of(value);

}
