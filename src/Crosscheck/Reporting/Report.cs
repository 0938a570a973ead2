using System.Text.Json.Serialization;

namespace Crosscheck.Reporting;

// The report's data model: what report.json holds, and what the Markdown and HTML reports render.
// Documented field by field in docs/report-schema.md. Documents are named by `file`; every finding
// has `doc` (= that file) and `start`/`end`, character offsets into that document's `text`.

public sealed record Report(
    string Tool,
    string GeneratedAt,
    IReadOnlyList<ReportDocument> Documents,
    IReadOnlyList<ReportQuote> Quotes,
    IReadOnlyList<ReportQuoteGroup> QuoteGroups,
    IReadOnlyList<ReportNumber> Numbers,
    IReadOnlyList<ReportNumberFinding> NumberFindings,
    IReadOnlyList<ReportDate> Dates,
    IReadOnlyList<ReportTimelineEntry> Timeline,
    IReadOnlyList<ReportEntity> Entities,
    IReadOnlyList<ReportEntityMention> EntityMentions,
    IReadOnlyList<ReportCitedSource> CitedSources,
    IReadOnlyList<ReportProblem> Problems)
{
    /// <summary>The competing explanations of the main event: found in the text, or given by the user.</summary>
    public IReadOnlyList<ReportHypothesis> Hypotheses { get; init; } = [];

    /// <summary>Stances toward the hypotheses: the author's own (<c>Holder</c> null) and those the article reports for others.</summary>
    public IReadOnlyList<ReportStance> Stances { get; init; } = [];

    /// <summary>The Analysis of Competing Hypotheses matrix built from <see cref="Stances"/>; null when there are no hypotheses.</summary>
    public ReportAch? Ach { get; init; }

    /// <summary>Each article's stance toward each claim given with <c>--claim</c>, from the learned stance model.</summary>
    public IReadOnlyList<ReportClaimStance> ClaimStances { get; init; } = [];

    /// <summary>Attributions (source, cue, content) found by the learned attribution tagger, quoted or paraphrased.</summary>
    public IReadOnlyList<ReportAttribution> Attributions { get; init; } = [];
}

/// <param name="Doc">The article.</param>
/// <param name="Source">Who the content is attributed to, as written; null when the text names no source.</param>
/// <param name="Cue">The words that signal the attribution ("said", "according to", "believes").</param>
/// <param name="Content">The attributed content (fragments joined by " … ").</param>
/// <param name="SourceSpan">Where the source is written (null with the source).</param>
/// <param name="CueSpan">Where the cue is written.</param>
/// <param name="ContentSpans">The content's fragments.</param>
public sealed record ReportAttribution(
    string Doc, string? Source, string Cue, string? Content, ReportEvidence? SourceSpan, ReportEvidence CueSpan, IReadOnlyList<ReportEvidence> ContentSpans);

public sealed record ReportDocument(
    string Id,
    string File,
    string Format,
    string? Title,
    string? Subtitle,
    string? Author,
    string? Outlet,
    string? Url,
    string? Published,
    bool PublishedInferred,
    string? ReferenceDate,
    bool ReferenceInferred,
    string Text)
{
    /// <summary>Offset in <see cref="Text"/> where the body starts; before it stand the head lines (title, subtitle, byline). 0 when unknown.</summary>
    public int BodyStart { get; init; }
}

public sealed record ReportQuote(
    string Doc,
    string? Speaker,
    string Text,
    string Kind,
    string? Group,
    string? Cue,
    int Start,
    int End,
    int? SpeakerStart,
    int? SpeakerEnd);

public sealed record ReportQuoteGroup(string Id, string? Speaker, IReadOnlyList<ReportQuoteVariant> Variants);

public sealed record ReportQuoteVariant(string Doc, string Text, int Start, int End);

public sealed record ReportNumber(
    string Doc,
    string Text,
    double Value,
    string Qualifier,
    string? Measure,
    bool MainEvent,
    string? Event,
    string? Holder,
    string? AsOf,
    bool AsOfInferred,
    bool Vague,
    int Start,
    int End)
{
    /// <summary>The upper end of a range ("20-24"); <see cref="Value"/> is then the lower end. Null for a single value.</summary>
    public double? ValueHigh { get; init; }
}

public sealed record ReportNumberFinding(
    string Event,
    bool MainEvent,
    string Measure,
    IReadOnlyList<ReportNumberValue> Values,
    string Verdict,
    string Explanation);

public sealed record ReportNumberValue(string Doc, string Text, double Value, string Qualifier, string? Holder, string? AsOf, int Start, int End)
{
    /// <summary>The upper end of a range; null for a single value.</summary>
    public double? ValueHigh { get; init; }
}

public sealed record ReportDate(string Doc, string Text, string? Value, string Kind, bool Inferred, string? Event, int Start, int End);

public sealed record ReportTimelineEntry(string Date, string Description, IReadOnlyList<ReportDateRef> Sources);

public sealed record ReportDateRef(string Doc, string Text, int Start, int End);

public sealed record ReportEntity(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, int> MentionsPerDoc);

public sealed record ReportEntityMention(string Doc, string Entity, string Text, int Start, int End);

public sealed record ReportCitedSource(string Doc, string Name, string Kind, string Cue, int Start, int End);

public sealed record ReportProblem(string File, string Reason);

/// <param name="Id">Stable id ("h1", "h2", … or the user's own id from the case file).</param>
/// <param name="Text">A readable statement: "X carried out the attack", "Security failures let the attack happen".</param>
/// <param name="Kind">"responsibility" (an agent did it), "cause" (a contributing cause), "false_flag", "claim" (a claim the
/// set is about, in the words of the sentence that states it best), "counterclaim" (its denial), or "user".</param>
/// <param name="Agent">The agent or cause the hypothesis names (an entity name from the index when there is one).</param>
/// <param name="Origin">"found" (discovered in the text) or "user" (--hypothesis or the case file).</param>
public sealed record ReportHypothesis(string Id, string Text, string Kind, string? Agent, string Origin)
{
    /// <summary>For a counterclaim, the id of the claim it denies (the two exclude each other); else null.</summary>
    public string? Opposes { get; init; }
}

/// <param name="Doc">The article.</param>
/// <param name="Holder">Who holds the stance: null for the article's author, else the quoted or reported holder.</param>
/// <param name="Hypothesis">The hypothesis id.</param>
/// <param name="Stance">"supports", "rejects", "reports" (tells of a claim without taking a side) or "absent".</param>
/// <param name="Evidence">The sentences (or spans) the stance rests on, with offsets into the document text.</param>
/// <param name="EvidenceStatus">What the text says of the claim's evidence ("no evidence shown", "no evidence", "evidence cited"), or null.</param>
public sealed record ReportStance(string Doc, string? Holder, string Hypothesis, string Stance, IReadOnlyList<ReportEvidence> Evidence, string? EvidenceStatus)
{
    /// <summary>0–1: how sure the extractor is.</summary>
    public double Confidence { get; init; }

    /// <summary>True when the holder speaks about itself (a group claiming responsibility, a government denying its own role).</summary>
    public bool SelfInterested { get; init; }
}

public sealed record ReportEvidence(string Text, int Start, int End);

/// <summary>An Analysis of Competing Hypotheses matrix: evidence rows against hypothesis columns.</summary>
public sealed record ReportAch(IReadOnlyList<string> Hypotheses, IReadOnlyList<ReportAchRow> Rows, IReadOnlyList<ReportAchScore> Scores);

/// <param name="Id">Row id ("e1", …).</param>
/// <param name="Doc">Where the evidence is stated.</param>
/// <param name="Holder">Who states it; null for the author.</param>
/// <param name="Text">The claim, as the sentence gives it.</param>
/// <param name="Credibility">"high", "medium" or "low".</param>
/// <param name="Relevance">"high", "medium" or "low".</param>
/// <param name="Cells">Hypothesis id → "CC", "C", "N", "I", "II" or "NA".</param>
/// <param name="Diagnosticity">How much the row tells the hypotheses apart (0 when every cell is the same).</param>
public sealed record ReportAchRow(
    string Id,
    string Doc,
    string? Holder,
    string Text,
    int Start,
    int End,
    string Credibility,
    string Relevance,
    bool SelfInterested,
    string? EvidenceStatus,
    IReadOnlyDictionary<string, string> Cells,
    double Diagnosticity);

/// <summary>Per hypothesis: the weighted inconsistency score (lower is more likely), as PARC ACH computes it.</summary>
public sealed record ReportAchScore(string Hypothesis, double Inconsistency, int Consistent, int Inconsistent);

/// <param name="Claim">The user's claim text.</param>
/// <param name="Doc">The article.</param>
/// <param name="Stance">"agree", "disagree", "discuss" or "unrelated".</param>
/// <param name="Confidence">The model's probability of that stance.</param>
/// <param name="Evidence">The sentences that bear most on the claim.</param>
public sealed record ReportClaimStance(string Claim, string Doc, string Stance, double Confidence, IReadOnlyList<ReportEvidence> Evidence)
{
    /// <summary>The author's stance toward the claim by the hypothesis rules ("supports", "rejects", "reports", "absent"), or null when the rules cannot read the claim.</summary>
    public string? TextStance { get; init; }

    /// <summary>The sentences <see cref="TextStance"/> rests on.</summary>
    public IReadOnlyList<ReportEvidence> TextEvidence { get; init; } = [];

    /// <summary>The found hypothesis the claim matched (an id of <c>hypotheses[]</c>), if any.</summary>
    public string? Hypothesis { get; init; }
}

/// <summary>JSON conventions of the report: snake_case names, nulls written out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(Report))]
public sealed partial class ReportJsonContext : JsonSerializerContext;
