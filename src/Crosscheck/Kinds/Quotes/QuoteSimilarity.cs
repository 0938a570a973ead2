using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Decides whether two quotes are the same statement: the share of the shorter quote's content words
/// found in the other (containment) together with the longest run of words they share in order, with a
/// higher bar when the speakers differ and never across opposite polarity ("is" / "is not").
/// </summary>
internal static class QuoteSimilarity
{
    public const double Containment = 0.6;
    public const double ContainmentDifferentSpeakers = 0.85;
    private const int MinShared = 3;
    private const int MinSharedCommon = 2;
    private const double ContainmentWithoutRun = 0.8;

    /// <summary>
    /// False when no quote of a group can be the same statement as one of <paramref name="size"/> content words
    /// (<see cref="SameStatement"/>): it shares only <paramref name="sharedWithGroup"/> of them with all the group's
    /// words together, and the group's shortest quote has <paramref name="smallestMember"/>. A bound, never a decision.
    /// </summary>
    public static bool CanMatchAny(int sharedWithGroup, int size, int smallestMember)
    {
        int min = Math.Min(size, smallestMember);
        return sharedWithGroup >= Math.Min(size, MinShared) && min > 0 && (double)sharedWithGroup / min >= Math.Min(Containment, ContainmentDifferentSpeakers);
    }

    public static double Score(QuoteText a, QuoteText b)
    {
        int min = Math.Min(a.Set.Count, b.Set.Count);
        if (min == 0)
        {
            return 0;
        }

        int shared = a.Set.Count(b.Set.Contains);
        return (double)shared / min;
    }

    public static bool SameStatement(QuoteText a, QuoteText b, bool speakersCompatible)
    {
        if (a.Negated != b.Negated)
        {
            return false;
        }

        int min = Math.Min(a.Set.Count, b.Set.Count);
        int shared = a.Set.Count(b.Set.Contains);
        if (min < MinShared)
        {
            // Very short fragments: only the same words, in the same order.
            return min > 0 && shared == min && a.Set.Count == b.Set.Count && LongestCommonRun(a.Stems, b.Stems) == min;
        }

        if (shared < MinShared)
        {
            return false;
        }

        // Shared names alone ("Kim Jong Un is …") do not make the same statement.
        int sharedCommon = a.Common.Count(b.Common.Contains);
        if (sharedCommon < Math.Min(MinSharedCommon, Math.Min(a.Common.Count, b.Common.Count)))
        {
            return false;
        }

        double containment = (double)shared / min;
        double bar = speakersCompatible ? Containment : ContainmentDifferentSpeakers;
        if (containment < bar)
        {
            return false;
        }

        return containment >= ContainmentWithoutRun || LongestCommonRun(a.Stems, b.Stems) >= 2;
    }

    public static int LongestCommonRun(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        int best = 0;
        var previous = new int[b.Count + 1];
        var current = new int[b.Count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= b.Count; j++)
            {
                current[j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal) ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
            Array.Clear(current);
        }

        return best;
    }

    /// <summary>
    /// Two speaker names are compatible when either is unknown or the content words of the shorter one's head
    /// (the part before "in"/"of": "US Embassy" of "US Embassy in Lisbon") all occur in the other.
    /// </summary>
    public static bool SpeakersCompatible(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        string[] wa = NameWords(a), wb = NameWords(b);
        return Covers(Head(wa), wb) || Covers(Head(wb), wa);
    }

    private static bool Covers(string[] head, string[] other) => head.Length > 0 && head.All(w => other.Contains(w, StringComparer.Ordinal));

    private static string[] Head(string[] words)
    {
        int cut = Array.FindIndex(words, w => w is "in" or "of");
        return cut > 0 ? words[..cut] : words;
    }

    private static string[] NameWords(string name)
    {
        string n = name.Replace("U.S.", "US", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        return [.. n.ToLowerInvariant().Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => w is not "the")];
    }
}
