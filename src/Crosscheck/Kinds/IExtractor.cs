using Crosscheck.Model;

namespace Crosscheck.Kinds;

/// <summary>
/// Finds one kind of finding in one document. Extractors run in the order the pipeline lists them;
/// each receives what the earlier ones found and returns the findings with its own part added.
/// An extractor must be stateless and thread-safe: documents are processed in parallel.
/// </summary>
public interface IExtractor
{
    string Name { get; }

    DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings);
}
