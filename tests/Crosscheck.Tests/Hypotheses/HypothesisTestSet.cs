using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>Runs the default pipeline on a few invented articles written to a temporary folder.</summary>
internal sealed class HypothesisTestSet
{
    private HypothesisTestSet(AnalysisResult result) => Result = result;

    public AnalysisResult Result { get; }

    public IReadOnlyList<Hypothesis> Hypotheses => Result.Set.Hypotheses;

    public static HypothesisTestSet Analyze(params string[] articles)
    {
        string dir = Path.Combine(Path.GetTempPath(), "crosscheck-hyp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            for (int i = 0; i < articles.Length; i++)
            {
                File.WriteAllText(Path.Combine(dir, $"{(char)('a' + i)}.txt"), articles[i]);
            }

            return new HypothesisTestSet(AnalysisPipelineBuilder.CreateDefault().Build().Run([dir]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The hypothesis whose agent is <paramref name="agent"/>.</summary>
    public Hypothesis ByAgent(string agent) => Hypotheses.Single(h => h.Agent == agent);

    /// <summary>The document id of the article written <paramref name="index"/>-th.</summary>
    public string Doc(int index) => Result.Documents.Single(d => d.Document.File == $"{(char)('a' + index)}.txt").Id;

    public HypothesisStance Author(int article, Hypothesis h) =>
        Result.Set.Stances.Single(s => s.DocId == Doc(article) && s.Holder is null && s.HypothesisId == h.Id);

    public IReadOnlyList<HypothesisStance> Reported(int article, Hypothesis h) =>
        [.. Result.Set.Stances.Where(s => s.DocId == Doc(article) && s.Holder is not null && s.HypothesisId == h.Id)];

    /// <summary>The text of the evidence spans of a stance.</summary>
    public IEnumerable<string> EvidenceText(HypothesisStance s)
    {
        string text = Result.Documents.Single(d => d.Id == s.DocId).Text;
        return s.Evidence.Select(e => text[e.Start..e.End]);
    }
}
