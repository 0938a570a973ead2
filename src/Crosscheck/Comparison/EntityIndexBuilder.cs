using Crosscheck.Model;

namespace Crosscheck.Comparison;

public sealed class EntityIndexBuilder : ISetAnalyzer
{
    public string Name => "EntityIndexBuilder";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set) => set;
}
