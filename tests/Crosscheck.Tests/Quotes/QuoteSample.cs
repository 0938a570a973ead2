using System.Text.Json;
using Crosscheck.Annotation;
using Crosscheck.Cleaning;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Tests.Quotes;

/// <summary>The sample case read, cleaned, annotated and run through the quote extractor, with its gold file.</summary>
internal static class QuoteSample
{
    private static readonly Lazy<(IReadOnlyList<AnnotatedDocument> Docs, IReadOnlyList<DocumentFindings> Findings)> Loaded = new(Load);

    public static IReadOnlyList<AnnotatedDocument> Documents => Loaded.Value.Docs;

    public static IReadOnlyList<DocumentFindings> Findings => Loaded.Value.Findings;

    public static JsonElement Gold { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json"))).RootElement;

    public static string FileOf(string docId) => Documents.First(d => d.Id == docId).Document.File;

    private static (IReadOnlyList<AnnotatedDocument>, IReadOnlyList<DocumentFindings>) Load()
    {
        ReadResult read = new InputReader().Read([TestPaths.SampleCase]);
        IReadOnlyList<Document> cleaned = new DocumentCleaner().Clean(read.Documents);
        var extractor = new QuoteExtractor();
        var docs = cleaned.Select(TextAnnotator.Annotate).ToList();
        var findings = docs.Select(d => extractor.Extract(d, new DocumentFindings(d.Id))).ToList();
        return (docs, findings);
    }
}
