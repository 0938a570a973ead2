using Crosscheck.Annotation;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;

namespace Crosscheck.Tests.Numbers;

/// <summary>Builds small invented documents and runs the number extractor on them.</summary>
internal static class NumberTestDocs
{
    public static AnnotatedDocument Annotate(string text, PartialDate? reference = null, string id = "d1") =>
        TextAnnotator.Annotate(new Document
        {
            Id = id,
            File = id + ".txt",
            Format = SourceFormat.PlainText,
            Text = text,
            ReferenceDate = reference,
        });

    public static IReadOnlyList<NumberMention> Extract(string text, PartialDate? reference = null, Func<AnnotatedDocument, DocumentFindings>? findings = null)
    {
        AnnotatedDocument doc = Annotate(text, reference);
        DocumentFindings f = findings?.Invoke(doc) ?? new DocumentFindings(doc.Id);
        return new NumberExtractor().Extract(doc, f).Numbers;
    }

    public static NumberMention Single(string text, double value, PartialDate? reference = null, Func<AnnotatedDocument, DocumentFindings>? findings = null) =>
        Extract(text, reference, findings).Single(n => n.Value == value);
}
