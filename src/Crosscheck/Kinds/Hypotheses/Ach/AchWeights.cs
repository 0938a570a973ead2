using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Ach;

/// <summary>
/// The numbers of the ACH matrix. As in PARC ACH 2.0's weighted inconsistency score, only inconsistent cells count
/// (I = 1, II = 2; C, CC, N and NA count 0), each multiplied by the row's credibility and relevance weights:
/// high = √2 ≈ 1.414, medium = 1, low = 1/√2 ≈ 0.707 (our constants, chosen to follow PARC ACH's scheme as we
/// understand it: a high rating doubles a low one). A lower score means fewer reasons to reject the hypothesis.
/// </summary>
public static class AchWeights
{
    /// <summary>Confidence at or above which a stance is highly relevant.</summary>
    public const double HighRelevance = 0.75;

    /// <summary>Confidence at or above which a stance is of medium relevance (below: low).</summary>
    public const double MediumRelevance = 0.45;

    /// <summary>The weight of a credibility or relevance rating.</summary>
    public static double Of(Rating rating) => rating switch
    {
        Rating.High => Math.Sqrt(2),
        Rating.Medium => 1.0,
        _ => 1 / Math.Sqrt(2),
    };

    /// <summary>I = 1, II = 2, every other cell 0.</summary>
    public static int Inconsistency(AchCell cell) => cell switch
    {
        AchCell.Inconsistent => 1,
        AchCell.VeryInconsistent => 2,
        _ => 0,
    };

    /// <summary>Relevance from the stance confidence.</summary>
    public static Rating Relevance(double confidence) =>
        confidence >= HighRelevance ? Rating.High : confidence >= MediumRelevance ? Rating.Medium : Rating.Low;

    /// <summary>
    /// Credibility of an evidence row: low when the holder speaks about itself or makes a claim the text says comes
    /// without evidence; high when the text says evidence is cited, or when it is the author's own statement with a
    /// cited source in the sentence; medium otherwise.
    /// </summary>
    public static Rating Credibility(bool selfInterested, bool unsupportedClaim, string? evidenceStatus, bool authorsOwn, bool citesSource)
    {
        if (selfInterested || unsupportedClaim)
        {
            return Rating.Low;
        }

        if (string.Equals(evidenceStatus, AchRules.EvidenceCited, StringComparison.OrdinalIgnoreCase) || (authorsOwn && citesSource))
        {
            return Rating.High;
        }

        return Rating.Medium;
    }

    /// <summary>
    /// How much a row tells the hypotheses apart: the spread of its cell values (CC = 2 … II = −2) over the
    /// applicable cells, divided by 4, so 0 when every cell is the same and 1 for a row with both CC and II.
    /// </summary>
    public static double Diagnosticity(IEnumerable<AchCell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        List<int> values = [.. cells.Select(AchRules.Value).OfType<int>()];
        return values.Count < 2 ? 0 : (values.Max() - values.Min()) / 4.0;
    }

    /// <summary>The weighted inconsistency score of one hypothesis and its counts of consistent and inconsistent rows.</summary>
    public static AchScore Score(string hypothesisId, IEnumerable<AchRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        double score = 0;
        int consistent = 0, inconsistent = 0;
        foreach (AchRow row in rows)
        {
            if (!row.Cells.TryGetValue(hypothesisId, out AchCell cell))
            {
                continue;
            }

            score += Inconsistency(cell) * Of(row.Credibility) * Of(row.Relevance);
            consistent += cell is AchCell.Consistent or AchCell.VeryConsistent ? 1 : 0;
            inconsistent += cell is AchCell.Inconsistent or AchCell.VeryInconsistent ? 1 : 0;
        }

        return new AchScore(hypothesisId, Math.Round(score, 3), consistent, inconsistent);
    }
}
