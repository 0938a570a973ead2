using Crosscheck.Model;

namespace Crosscheck.Kinds;

/// <summary>
/// Compares findings across the documents of a set (quote groups, number verdicts, timeline,
/// entity index). Runs after every document has been extracted; returns the set findings with its part added.
/// </summary>
public interface ISetAnalyzer
{
    string Name { get; }

    SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set);
}
