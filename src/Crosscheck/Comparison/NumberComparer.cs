using Crosscheck.Model;

namespace Crosscheck.Comparison;

public sealed class NumberComparer : ISetAnalyzer
{
    public string Name => "NumberComparer";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set) => set;
}
