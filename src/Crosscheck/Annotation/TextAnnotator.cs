using Crosscheck.Model;

namespace Crosscheck.Annotation;

/// <summary>The annotate stage: sentences and tokens for a cleaned document.</summary>
public static class TextAnnotator
{
    public static AnnotatedDocument Annotate(Document document) => new(document, SentenceSplitter.Split(document.Text));
}
