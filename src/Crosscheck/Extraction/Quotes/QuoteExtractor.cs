using Crosscheck.Model;

namespace Crosscheck.Extraction.Quotes;

public sealed class QuoteExtractor : IExtractor
{
    public string Name => "quotes";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings) => findings;
}
