using System.Text.Json;
using Crosscheck.Annotation;
using Crosscheck.Cleaning;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Kinds.Sources;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Tests.Entities;

/// <summary>The sample case run through read → clean → annotate → entities → cited sources → entity index, once.</summary>
public static class EntitySampleCase
{
    private static readonly Lazy<Result> Cached = new(Run);

    public static Result Get() => Cached.Value;

    public static JsonDocument Gold() => JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json")));

    /// <summary>Writes a human-readable dump when CROSSCHECK_DUMP names a file (for inspection, not asserted).</summary>
    public static void Dump(string text)
    {
        if (Environment.GetEnvironmentVariable("CROSSCHECK_DUMP") is { Length: > 0 } path)
        {
            File.AppendAllText(path, text);
        }
    }

    private static Result Run()
    {
        string[] files = [.. Directory.GetFiles(TestPaths.SampleCase, "*.txt").Order(StringComparer.Ordinal)];
        ReadResult read = new InputReader().Read(files);
        IReadOnlyList<Document> cleaned = ReferenceDates.Assign(new DocumentCleaner().Clean(read.Documents));
        var docs = cleaned.Select(TextAnnotator.Annotate).ToList();
        var entities = new EntityExtractor();
        var sources = new CitedSourceExtractor();
        var findings = docs.Select(d => sources.Extract(d, entities.Extract(d, new DocumentFindings(d.Id)))).ToList();
        SetFindings set = new EntityIndexBuilder().Analyze(docs, findings, new SetFindings());
        return new Result(docs, findings, set);
    }

    public sealed record Result(IReadOnlyList<AnnotatedDocument> Documents, IReadOnlyList<DocumentFindings> Findings, SetFindings Set)
    {
        /// <summary>The file name (e.g. "001_….txt") of a document.</summary>
        public string FileOf(string docId) => Path.GetFileName(Documents.First(d => d.Id == docId).Document.File);
    }
}
