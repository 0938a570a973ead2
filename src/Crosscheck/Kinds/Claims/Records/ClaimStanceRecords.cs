using Crosscheck.Reporting.Common;

// The claims part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Claims.Records;

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
