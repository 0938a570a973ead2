using Crosscheck.Reporting.Common;

// The hypotheses part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Hypotheses.Records;

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
