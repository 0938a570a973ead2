using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Finds every document's stances (the author's own and those it reports for others) toward the hypotheses given.
/// The hypothesis discovery implements it, so that a hypothesis the user adds gets its stances the same way a
/// found one does.
/// </summary>
public interface IHypothesisStanceFinder
{
    /// <param name="set">The set findings so far (entity index, and <see cref="SetFindings.Hypotheses"/> after the user's edits).</param>
    /// <param name="hypotheses">The hypotheses to find stances toward (the ones the user added).</param>
    IReadOnlyList<HypothesisStance> FindStances(
        IReadOnlyList<AnnotatedDocument> documents,
        IReadOnlyList<DocumentFindings> findings,
        SetFindings set,
        IReadOnlyList<Hypothesis> hypotheses);
}
