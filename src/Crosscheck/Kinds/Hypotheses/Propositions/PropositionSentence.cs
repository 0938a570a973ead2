using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>
/// One sentence of one article as proposition finding reads it: where it is, whose voice it is in, whether it
/// denies or doubts something, and its content terms.
/// </summary>
/// <param name="View">The article.</param>
/// <param name="Sentence">The sentence.</param>
/// <param name="BodyIndex">Its position among the body's sentences (0 = the lead); −1 for the head lines (title, byline).</param>
/// <param name="IsTitle">The article's title line.</param>
/// <param name="Reported">The writer passes it on from someone else (a verb of saying, "according to", a quote, a hedge).</param>
/// <param name="DenialReported">Its denial is someone else's ("X said the report was false"), not the writer's: a hedge on the content denied does not count.</param>
/// <param name="Factive">The writer reports it with a verb that takes it as true ("confirmed that", "revealed").</param>
/// <param name="Question">A question, a conditional or a wish rather than an assertion.</param>
/// <param name="Negated">Its verb is negated ("did not make", "never happened").</param>
/// <param name="Denial">1 when it says a statement is false or denied, 0.5 when it says it is unproven, else 0.</param>
/// <param name="Holder">Who the reported content is attributed to, as written, when the text names them.</param>
/// <param name="HolderSpan">Where the holder is named.</param>
/// <param name="Terms">Content terms (lower case, light stemming) with their counts.</param>
internal sealed record PropositionSentence(
    ArticleView View,
    Sentence Sentence,
    int BodyIndex,
    bool IsTitle,
    bool Reported,
    bool DenialReported,
    bool Factive,
    bool Question,
    bool Negated,
    double Denial,
    string? Holder,
    TextSpan? HolderSpan,
    IReadOnlyDictionary<string, int> Terms)
{
    /// <summary>The sides of contrary predicate pairs the sentence takes (pair, side); see <see cref="PropositionLexicon.Contraries"/>.</summary>
    public IReadOnlyList<(int Pair, int Side)> ContrarySides { get; init; } = [];

    /// <summary>
    /// For a negated sentence whose negation stands in some of its clauses only, the content terms of those clauses and
    /// of the others; null when the negation covers the sentence (or it is not negated).
    /// </summary>
    public (IReadOnlyDictionary<string, int> Negated, IReadOnlyDictionary<string, int> Plain)? NegatedClauses { get; init; }

    /// <summary>Its contrary predicate is someone else's statement ("X told reporters she was unharmed"), not the writer's.</summary>
    public bool ContraryReported { get; init; }

    /// <summary>True when the sentence takes the other side of a contrary pair than <paramref name="claim"/> does, and not the claim's side.</summary>
    public bool Contradicts(PropositionSentence claim) =>
        ContrarySides.Any(c => claim.ContrarySides.Contains((c.Pair, 1 - c.Side)) && !claim.ContrarySides.Contains(c) && !ContrarySides.Contains((c.Pair, 1 - c.Side)));

    /// <summary>The writer contradicts something by a contrary predicate in their own voice.</summary>
    public bool OwnContrary => ContrarySides.Count > 0 && !ContraryReported && !Question && !Negated;

    public string DocId => View.Id;

    public string Text => Sentence.Text;

    /// <summary>The writer asserts it in their own voice (or with a factive frame), not as a question.</summary>
    public bool OwnVoice => (!Reported || Factive) && !Question;

    /// <summary>The writer denies or doubts something in their own voice ("turns out to be exaggerated", "is being widely disputed").</summary>
    public bool OwnDenial => Denial >= 1 && !DenialReported && !Question;
}
