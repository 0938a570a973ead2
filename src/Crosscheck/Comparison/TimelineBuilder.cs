using Crosscheck.Model;

namespace Crosscheck.Comparison;

public sealed class TimelineBuilder : ISetAnalyzer
{
    public string Name => "TimelineBuilder";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set) => set;
}
