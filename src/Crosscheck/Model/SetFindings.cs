namespace Crosscheck.Model;

/// <summary>A reference to one finding in one document, used by cross-document results.</summary>
public readonly record struct FindingRef(string DocId, TextSpan Span);

/// <summary>Several articles quoting the same statement.</summary>
/// <param name="Id">Stable id of the group ("q1", "q2", …).</param>
/// <param name="Members">The quotes, one or more per document.</param>
/// <param name="Speaker">The speaker they agree on, if any.</param>
public sealed record QuoteGroup(string Id, string? Speaker, IReadOnlyList<Quote> Members);

public enum NumberVerdict
{
    /// <summary>One value, or values that can all be true at once.</summary>
    Consistent,

    /// <summary>Values differ but later reports are higher, as a casualty toll rises.</summary>
    RisingCount,

    /// <summary>Values differ because they count different things or places.</summary>
    ScopeDifference,

    /// <summary>Incompatible values at the same time, or a count that falls.</summary>
    Conflict,

    /// <summary>
    /// Values differ, but the text does not say enough to tell why: their as-of times are unknown or the same (a rising
    /// toll or a conflict?), or the measure is only a head noun or a sum of money (the same group or thing, or another?).
    /// </summary>
    CannotTell,
}

/// <summary>Every source's value for one (event, measure), in time order, with a verdict.</summary>
public sealed record NumberFinding(string Event, bool IsMainEvent, string Measure, IReadOnlyList<NumberMention> Values, NumberVerdict Verdict, string Explanation);

/// <summary>One dated event of the timeline with the sources that date it.</summary>
public sealed record TimelineEntry(PartialDate Date, string Description, IReadOnlyList<DateMention> Mentions);

/// <summary>An entity of the whole set with its aliases and mentions across documents.</summary>
public sealed record Entity(string Id, string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<EntityMention> Mentions);

/// <summary>The cross-document results.</summary>
public sealed record SetFindings
{
    public IReadOnlyList<QuoteGroup> QuoteGroups { get; init; } = [];

    public IReadOnlyList<NumberFinding> NumberFindings { get; init; } = [];

    public IReadOnlyList<TimelineEntry> Timeline { get; init; } = [];

    public IReadOnlyList<Entity> Entities { get; init; } = [];

    /// <summary>The competing explanations of the main event, found in the text or given by the user.</summary>
    public IReadOnlyList<Hypothesis> Hypotheses { get; init; } = [];

    /// <summary>Authors' own stances (holder null) and the stances articles report for others.</summary>
    public IReadOnlyList<HypothesisStance> Stances { get; init; } = [];

    /// <summary>The ACH matrix built from <see cref="Stances"/>; null when there are no hypotheses.</summary>
    public AchMatrix? Ach { get; init; }

    /// <summary>Each article's stance toward each user claim (<c>--claim</c>), from the learned stance model.</summary>
    public IReadOnlyList<ClaimStance> ClaimStances { get; init; } = [];

    /// <summary>What a set step could not do as it should and did otherwise (e.g. the sentence encoder failed), in words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>An article's stance toward a user-given claim, from the learned stance model.</summary>
/// <param name="Stance">"agree", "disagree", "discuss" or "unrelated" (the FNC-1 labels).</param>
public sealed record ClaimStance(string Claim, string DocId, string Stance, double Confidence, IReadOnlyList<TextSpan> Evidence)
{
    /// <summary>
    /// The author's own stance toward the claim read by the hypothesis rules ("supports", "rejects", "reports",
    /// "absent"): the claim is read as a hypothesis (its agent or cause) and matched to a found hypothesis of the
    /// same agent, or given stances of its own. Null when the rules cannot read the claim (no agent, no cause).
    /// </summary>
    public string? TextStance { get; init; }

    /// <summary>The sentences the <see cref="TextStance"/> rests on.</summary>
    public IReadOnlyList<TextSpan> TextEvidence { get; init; } = [];

    /// <summary>The found hypothesis the claim was matched to, if any.</summary>
    public string? Hypothesis { get; init; }
}

/// <summary>A file that could not be read or analyzed, and why.</summary>
public sealed record InputProblem(string File, string Reason);

/// <summary>How long one stage of a run took; <paramref name="Encoder"/> is the sentence encoder's share (thread time), when it ran.</summary>
public sealed record StageTiming(string Stage, TimeSpan Elapsed, TimeSpan Encoder)
{
    /// <summary>The process's CPU time over the stage (every thread); zero when not measured.</summary>
    public TimeSpan Cpu { get; init; }
}

/// <summary>Everything one analysis run produced.</summary>
public sealed record AnalysisResult(
    IReadOnlyList<AnnotatedDocument> Documents,
    IReadOnlyList<DocumentFindings> Findings,
    SetFindings Set,
    IReadOnlyList<InputProblem> Problems)
{
    /// <summary>How long each stage took: "read and clean", "extract", then each set step by name.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

        /// <summary>Inputs whose text repeats a document already read: analyzed once, named here.</summary>
    public IReadOnlyList<InputProblem> Duplicates { get; init; } = [];

    /// <summary>Inputs read all the same but with something done to them (e.g. not UTF-8, read as Windows-1252), named here.</summary>
    public IReadOnlyList<InputProblem> ReadNotes { get; init; } = [];

    public DocumentFindings FindingsFor(string docId) => Findings.First(f => f.DocId == docId);
}
