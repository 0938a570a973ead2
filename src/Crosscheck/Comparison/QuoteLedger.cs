using Crosscheck.Model;

namespace Crosscheck.Comparison;

public sealed class QuoteLedger : ISetAnalyzer
{
    public string Name => "QuoteLedger";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set) => set;
}
