using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>What a claim explains the event by.</summary>
internal enum ClaimKind
{
    Responsibility,
    Cause,
    FalseFlag,
}

/// <summary>
/// One statement in one sentence that someone (the author, or a holder) takes a side on an explanation of the
/// event: "X was behind the attack" (agent X), "security failures" (a cause), "a false flag".
/// </summary>
/// <param name="Agents">The agents it names (empty for a cause).</param>
/// <param name="Cause">The cause label, for a cause claim.</param>
/// <param name="Holder">Who holds it; null for the author or an unnamed holder.</param>
/// <param name="HolderName">The holder's name (the entity's canonical name or a quote's speaker).</param>
/// <param name="Attributed">True when the statement is someone else's, named or not.</param>
/// <param name="Rejects">True when the holder denies it.</param>
/// <param name="Cue">The words that make it a claim.</param>
/// <param name="Sentence">The sentence it is in.</param>
/// <param name="Presupposed">The text takes it for granted ("the X attack") rather than stating it.</param>
internal sealed record Claim(
    string DocId,
    ClaimKind Kind,
    IReadOnlyList<AgentMention> Agents,
    string? Cause,
    AgentMention? Holder,
    string? HolderName,
    bool Attributed,
    bool Rejects,
    double Confidence,
    TextSpan Cue,
    Sentence Sentence,
    bool Presupposed)
{
    /// <summary>What the text says of the claim's evidence ("no evidence shown", "no evidence", "evidence cited").</summary>
    public string? EvidenceStatus { get; init; }

    /// <summary>The sentence that gives the evidence status, when it is not the claim's own.</summary>
    public TextSpan? StatusSpan { get; init; }

    /// <summary>The author, in their own voice, dismisses this (reported) claim or says it lacks evidence.</summary>
    public bool AuthorDismisses { get; init; }

    /// <summary>The author, in their own voice, names evidence for this (reported) claim.</summary>
    public bool AuthorCitesEvidence { get; init; }

    public bool IsAuthorOwn => !Attributed && HolderName is null;
}
