namespace Crosscheck.Model;

/// <summary>Anything found in one document: it always knows its document and its characters.</summary>
public interface IFinding
{
    string DocId { get; }

    TextSpan Span { get; }
}

public enum EntityType
{
    Person,
    Organization,
    Place,
}

/// <summary>One mention of a named entity. <see cref="Canonical"/> is the fullest name for it in this document.</summary>
public sealed record EntityMention(string DocId, TextSpan Span, string Text, EntityType Type, string Canonical) : IFinding;

public enum QuoteKind
{
    /// <summary>A statement between quote marks.</summary>
    Direct,

    /// <summary>A passage introduced by a colon and set off as its own paragraph, without marks.</summary>
    Block,

    /// <summary>A fragment of a statement quoted inside the author's own sentence.</summary>
    Partial,

    /// <summary>A quoted term or scare quote: not a statement by a speaker.</summary>
    Scare,
}

/// <summary>A quotation and who said it.</summary>
/// <param name="Text">The quoted words (without the marks; the parts of a split quote joined by " … ").</param>
/// <param name="Speaker">The speaker's name as resolved (the fullest in-document name), or null when unknown.</param>
/// <param name="SpeakerSpan">Where the speaker is named (or the pronoun standing for it).</param>
/// <param name="Cue">The speech verb or phrase ("said", "according to").</param>
public sealed record Quote(
    string DocId,
    TextSpan Span,
    string Text,
    QuoteKind Kind,
    string? Speaker,
    TextSpan? SpeakerSpan,
    string? Cue) : IFinding;

public enum Qualifier
{
    Exact,
    AtLeast,
    MoreThan,
    AtMost,
    FewerThan,
    About,
    Nearly,
    UpTo,
}

/// <summary>A count or quantity with what it counts and whose figure it is.</summary>
/// <param name="Measure">What is counted, normalized: killed, injured, detained, arrested, missing, attackers, attendees, … or null.</param>
/// <param name="IsMainEvent">True when the number refers to the event the document set is about.</param>
/// <param name="Event">A short description of the other event (e.g. "attack, 2021"), null for the main event.</param>
/// <param name="Holder">The source the text gives for the figure, null when it is the author's own.</param>
/// <param name="AsOf">When the figure was current: a date the text gives, else the document's reference date.</param>
/// <param name="IsVague">True for words such as "dozens" or "scores", whose value is a lower bound.</param>
public sealed record NumberMention(
    string DocId,
    TextSpan Span,
    string Text,
    double Value,
    Qualifier Qualifier,
    string? Measure,
    bool IsMainEvent,
    string? Event,
    string? Holder,
    PartialDate? AsOf,
    bool AsOfInferred,
    bool IsVague) : IFinding
{
    /// <summary>The upper end when the text gives a range ("20-24", "five or 10", "between 5 and 10"); <see cref="Value"/> is then the lower end.</summary>
    public double? ValueHigh { get; init; }
}

public enum DateKind
{
    /// <summary>Day, month and year are all in the text.</summary>
    Absolute,

    /// <summary>Some part is missing from the text ("March 7", "in 1999") and was inferred or left open.</summary>
    Partial,

    /// <summary>Relative to the reference date ("last Saturday", "last year").</summary>
    Relative,
}

/// <summary>A date expression with its resolved value.</summary>
/// <param name="Value">The resolved date, or null when it could not be resolved.</param>
/// <param name="Inferred">True when resolution relied on an inferred year or reference date.</param>
/// <param name="Event">The sentence-level description of what happened on that date (a trimmed clause), for the timeline.</param>
public sealed record DateMention(
    string DocId,
    TextSpan Span,
    string Text,
    DateKind Kind,
    PartialDate? Value,
    bool Inferred,
    string? Event) : IFinding;

public enum CitedSourceKind
{
    Outlet,
    Agency,
    Organization,
    Document,
    Channel,
    Person,
}

/// <summary>An outside source the article cites ("according to the Harbour Times", "posted on a messaging channel").</summary>
public sealed record CitedSource(string DocId, TextSpan Span, string Name, CitedSourceKind Kind, string Cue) : IFinding;

/// <summary>All findings of one document. Extractors run in order, each adding its part.</summary>
public sealed record DocumentFindings(string DocId)
{
    public IReadOnlyList<EntityMention> Entities { get; init; } = [];

    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    public IReadOnlyList<NumberMention> Numbers { get; init; } = [];

    public IReadOnlyList<DateMention> Dates { get; init; } = [];

    public IReadOnlyList<CitedSource> CitedSources { get; init; } = [];

    /// <summary>Attributions (source, cue, content) found by the learned tagger (Kinds/Attributions).</summary>
    public IReadOnlyList<AttributionRelation> Attributions { get; init; } = [];
}
