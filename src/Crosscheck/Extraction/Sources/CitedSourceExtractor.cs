using Crosscheck.Model;

namespace Crosscheck.Extraction.Sources;

public sealed class CitedSourceExtractor : IExtractor
{
    public string Name => "sources";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings) => findings;
}
