using System.Text.Json;
using Crosscheck.Annotation;
using Crosscheck.Cleaning;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Tests.Numbers;

/// <summary>
/// The sample case run through read → clean → annotate → dates → numbers (the dates give the counts their as-of
/// times, "As of Saturday afternoon, the toll stood at 133"), with its gold numeric claims.
/// </summary>
internal static class NumberSample
{
    private static readonly Lazy<(IReadOnlyList<AnnotatedDocument> Docs, IReadOnlyList<DocumentFindings> Findings)> Run = new(Analyze);

    public static IReadOnlyList<AnnotatedDocument> Documents => Run.Value.Docs;

    public static IReadOnlyList<DocumentFindings> Findings => Run.Value.Findings;

    public static JsonElement Gold { get; } = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json"))).RootElement;

    private static (IReadOnlyList<AnnotatedDocument>, IReadOnlyList<DocumentFindings>) Analyze()
    {
        ReadResult read = new InputReader().Read([TestPaths.SampleCase]);
        IReadOnlyList<Document> cleaned = ReferenceDates.Assign(new DocumentCleaner().Clean(read.Documents));
        var extractor = new NumberExtractor();
        var dates = new DateExtractor();
        var docs = new List<AnnotatedDocument>();
        var findings = new List<DocumentFindings>();
        foreach (Document doc in cleaned)
        {
            AnnotatedDocument a = TextAnnotator.Annotate(doc);
            docs.Add(a);
            findings.Add(extractor.Extract(a, dates.Extract(a, new DocumentFindings(doc.Id))));
        }

        return (docs, findings);
    }
}
