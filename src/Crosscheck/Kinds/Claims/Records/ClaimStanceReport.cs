using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Claims.Records;

/// <summary>The stances toward user claims (--claim) as report records.</summary>
public static class ClaimStanceReport
{
    public static IReadOnlyList<ReportClaimStance> ClaimStances(ReportContext c) =>
        [.. c.Result.Set.ClaimStances.Select(s => new ReportClaimStance(s.Claim, c.File(s.DocId), s.Stance, s.Confidence, c.Evidence(s.DocId, s.Evidence))
        {
            TextStance = s.TextStance,
            TextEvidence = c.Evidence(s.DocId, s.TextEvidence),
            Hypothesis = s.Hypothesis,
        })];
}
