namespace Crosscheck.Model;

/// <summary>What a hypothesis explains the main event by.</summary>
public enum HypothesisKind
{
    /// <summary>An agent carried out, ordered or helped the event ("X was behind the attack").</summary>
    Responsibility,

    /// <summary>A contributing cause ("security failures", "ignored warnings").</summary>
    Cause,

    /// <summary>The event was staged by someone other than the apparent perpetrator ("a false flag").</summary>
    FalseFlag,

    /// <summary>Given by the user as free text (<c>--hypothesis</c> or the case file).</summary>
    User,

    /// <summary>A claim the set is about, whatever its kind (something happened, a figure, an identity, a video is genuine), in the words of the sentence that states it best.</summary>
    Claim,

    /// <summary>The denial of a <see cref="Claim"/> ("the report is false", "the video was staged"): the two exclude each other.</summary>
    Counterclaim,
}

/// <summary>A competing explanation of the main event.</summary>
/// <param name="Id">Stable id: "h1", "h2", … for found hypotheses, or the case file's own id.</param>
/// <param name="Text">A readable statement of the hypothesis.</param>
/// <param name="Agent">The agent or cause it names: the entity's canonical name when the entity index knows it.</param>
/// <param name="AgentEntityId">The entity index id of the agent, when there is one.</param>
/// <param name="UserGiven">True when the user added or renamed it.</param>
public sealed record Hypothesis(string Id, string Text, HypothesisKind Kind, string? Agent, string? AgentEntityId, bool UserGiven)
{
    /// <summary>The id of the hypothesis this one denies (a <see cref="HypothesisKind.Counterclaim"/>'s claim), or null.</summary>
    public string? Opposes { get; init; }

    /// <summary>Where the hypothesis is stated best: the document and the span of its sentence, for a found claim or counterclaim.</summary>
    public (string DocId, TextSpan Span)? StatedIn { get; init; }
}

/// <summary>A stance toward a hypothesis.</summary>
public enum StanceKind
{
    Supports,
    Rejects,

    /// <summary>Tells of someone's claim without taking a side.</summary>
    Reports,
    Absent,
}

/// <summary>One holder's stance toward one hypothesis in one article, with the sentences it rests on.</summary>
/// <param name="DocId">The article.</param>
/// <param name="Holder">Null for the article's author; else the holder as the entity index names it.</param>
/// <param name="HolderSpan">Where the holder is named, when it is.</param>
/// <param name="HypothesisId">The hypothesis.</param>
/// <param name="Confidence">0–1.</param>
/// <param name="Evidence">Spans of the evidence sentences (or clauses) in the document text.</param>
/// <param name="EvidenceStatus">"no evidence shown", "no evidence", "evidence cited" — what the text says of the claim's evidence — or null.</param>
/// <param name="SelfInterested">The holder speaks about itself (claims its own act, denies its own role).</param>
public sealed record HypothesisStance(
    string DocId,
    string? Holder,
    TextSpan? HolderSpan,
    string HypothesisId,
    StanceKind Stance,
    double Confidence,
    IReadOnlyList<TextSpan> Evidence,
    string? EvidenceStatus,
    bool SelfInterested);

/// <summary>A cell of the ACH matrix: how consistent one item of evidence is with one hypothesis.</summary>
public enum AchCell
{
    /// <summary>CC: very consistent.</summary>
    VeryConsistent,

    /// <summary>C: consistent.</summary>
    Consistent,

    /// <summary>N: neutral.</summary>
    Neutral,

    /// <summary>I: inconsistent.</summary>
    Inconsistent,

    /// <summary>II: very inconsistent.</summary>
    VeryInconsistent,

    /// <summary>NA: not applicable.</summary>
    NotApplicable,
}

public enum Rating
{
    Low,
    Medium,
    High,
}

/// <summary>One row of the ACH matrix: an item of evidence (a claim with its source) and its cell per hypothesis.</summary>
public sealed record AchRow(
    string Id,
    string DocId,
    string? Holder,
    TextSpan Span,
    string Text,
    Rating Credibility,
    Rating Relevance,
    bool SelfInterested,
    string? EvidenceStatus,
    IReadOnlyDictionary<string, AchCell> Cells,
    double Diagnosticity);

/// <summary>Per hypothesis: the weighted inconsistency score (lower means more likely).</summary>
public sealed record AchScore(string HypothesisId, double Inconsistency, int Consistent, int Inconsistent);

/// <summary>The Analysis of Competing Hypotheses matrix: evidence rows against hypothesis columns.</summary>
public sealed record AchMatrix(IReadOnlyList<string> HypothesisIds, IReadOnlyList<AchRow> Rows, IReadOnlyList<AchScore> Scores);
