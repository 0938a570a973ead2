using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Ach;

/// <summary>
/// How a stance becomes a cell of the ACH matrix, and what a cell implies for the other hypotheses.
/// <list type="bullet">
/// <item>Direct cell (the row states a stance toward the hypothesis): supports → C, rejects → I; CC or II when the
/// stance is strong (<see cref="IsStrong"/>); reports and absent → N.</item>
/// <item>Derived cell (the row says nothing of the hypothesis): I when the row supports (C or CC) another hypothesis
/// that excludes this one (<see cref="AreExclusive"/>), never II because it is an inference; else N. A denial of
/// one agent says nothing for or against another agent: N.</item>
/// <item>Causes overlap with everything: "security failures" can be true whoever did it, so a cause is never
/// excluded by, and never excludes, another hypothesis.</item>
/// </list>
/// </summary>
public static class AchRules
{
    /// <summary>A stance at or above this confidence may be strong.</summary>
    public const double StrongConfidence = 0.8;

    public const string EvidenceCited = "evidence cited";

    /// <summary>True for the evidence statuses that say no evidence was given ("no evidence shown", "no evidence").</summary>
    public static bool IsUnsupported(string? evidenceStatus) =>
        evidenceStatus is not null && evidenceStatus.StartsWith("no evidence", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the stance supports a hypothesis with a claim the text says comes without evidence. (A rejection
    /// with that status — "the claims lack evidence" — is the opposite: the rejection rests on the missing evidence.)
    /// </summary>
    public static bool IsUnsupportedClaim(HypothesisStance stance)
    {
        ArgumentNullException.ThrowIfNull(stance);
        return stance.Stance == StanceKind.Supports && IsUnsupported(stance.EvidenceStatus);
    }

    /// <summary>
    /// A strong stance: high confidence, not self-interested, not an unsupported claim, and either the author's
    /// own assertion or a claim whose evidence the text says is cited.
    /// </summary>
    public static bool IsStrong(HypothesisStance stance, bool selfInterested)
    {
        ArgumentNullException.ThrowIfNull(stance);
        return stance.Confidence >= StrongConfidence
            && !selfInterested
            && !IsUnsupportedClaim(stance)
            && (stance.Holder is null || string.Equals(stance.EvidenceStatus, EvidenceCited, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The cell a stance gives its own hypothesis.</summary>
    public static AchCell Direct(HypothesisStance stance, bool selfInterested)
    {
        ArgumentNullException.ThrowIfNull(stance);
        return stance.Stance switch
        {
            StanceKind.Supports => IsStrong(stance, selfInterested) ? AchCell.VeryConsistent : AchCell.Consistent,
            StanceKind.Rejects => IsStrong(stance, selfInterested) ? AchCell.VeryInconsistent : AchCell.Inconsistent,
            _ => AchCell.Neutral,
        };
    }

    /// <summary>The cell for <paramref name="target"/> in a row that states stances only toward other hypotheses.</summary>
    public static AchCell Derived(Hypothesis target, IEnumerable<(Hypothesis Hypothesis, AchCell Cell)> direct)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(direct);
        return direct.Any(d => d.Cell is AchCell.Consistent or AchCell.VeryConsistent && AreExclusive(d.Hypothesis, target))
            ? AchCell.Inconsistent
            : AchCell.Neutral;
    }

    /// <summary>
    /// True when both hypotheses cannot be true at once: both name who did it (responsibility or false flag) and
    /// they name different agents. A false flag without a named agent excludes every responsibility hypothesis
    /// (it says the apparent perpetrator did not do it). A responsibility hypothesis without an agent excludes nothing.
    /// Causes and user hypotheses (free text, e.g. "X was involved") exclude nothing. A claim and the counterclaim
    /// that denies it exclude each other.
    /// </summary>
    public static bool AreExclusive(Hypothesis a, Hypothesis b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Id != b.Id && (a.Opposes == b.Id || b.Opposes == a.Id))
        {
            return true; // a claim and its denial
        }

        if (a.Id == b.Id || !NamesPerpetrator(a) || !NamesPerpetrator(b))
        {
            return false;
        }

        if (a.Kind == HypothesisKind.FalseFlag && a.Agent is null)
        {
            return b.Kind == HypothesisKind.Responsibility;
        }

        if (b.Kind == HypothesisKind.FalseFlag && b.Agent is null)
        {
            return a.Kind == HypothesisKind.Responsibility;
        }

        return a.Agent is not null && b.Agent is not null && !SameAgent(a, b);
    }

    /// <summary>Same agent: same entity id when both have one, else the same name (case aside).</summary>
    public static bool SameAgent(Hypothesis a, Hypothesis b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.AgentEntityId is not null && b.AgentEntityId is not null)
        {
            return a.AgentEntityId == b.AgentEntityId;
        }

        return a.Agent is not null && string.Equals(a.Agent, b.Agent, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="holder"/> is the agent the hypothesis names: a statement about itself.</summary>
    public static bool IsAgent(string? holder, Hypothesis hypothesis)
    {
        ArgumentNullException.ThrowIfNull(hypothesis);
        return holder is not null && hypothesis.Agent is not null && string.Equals(holder.Trim(), hypothesis.Agent.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>CC = 2, C = 1, N = 0, I = −1, II = −2; null for NA.</summary>
    public static int? Value(AchCell cell) => cell switch
    {
        AchCell.VeryConsistent => 2,
        AchCell.Consistent => 1,
        AchCell.Neutral => 0,
        AchCell.Inconsistent => -1,
        AchCell.VeryInconsistent => -2,
        _ => null,
    };

    /// <summary>"CC", "C", "N", "I", "II" or "NA".</summary>
    public static string Code(AchCell cell) => cell switch
    {
        AchCell.VeryConsistent => "CC",
        AchCell.Consistent => "C",
        AchCell.Neutral => "N",
        AchCell.Inconsistent => "I",
        AchCell.VeryInconsistent => "II",
        _ => "NA",
    };

    private static bool NamesPerpetrator(Hypothesis h) => h.Kind is HypothesisKind.Responsibility or HypothesisKind.FalseFlag;
}
