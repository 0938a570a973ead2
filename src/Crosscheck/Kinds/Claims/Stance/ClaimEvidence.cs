using Crosscheck.Model;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// Picks the 1–3 sentences of an article body that bear most on a claim: the highest overlap with the
/// claim's content words (each weighted by how rare it is among the document's sentences), with a bonus
/// for a sentence carrying a cue of the predicted stance (refuting or negation for disagree, hedging for
/// discuss, supporting for agree). Words are compared by a crude stem (<see cref="Stem"/>). A sentence that
/// shares no content word with the claim is never evidence.
/// </summary>
public static class ClaimEvidence
{
    public const int MaxSentences = 3;
    private const int StemLength = 6;

    public static IReadOnlyList<TextSpan> Pick(string claim, AnnotatedDocument document, StanceLabel stance)
    {
        StanceCues cues = StanceCues.Instance;
        HashSet<string> claimWords = [.. StanceText.Words(claim).Where(cues.IsContent).Select(Stem)];
        Sentence[] body = document.Sentences.Where(s => s.Span.Start >= document.Document.BodyStart).ToArray();
        if (claimWords.Count == 0 || body.Length == 0)
        {
            return [];
        }

        HashSet<string>[] raw = body.Select(s => StanceText.Words(s.Text).ToHashSet(StringComparer.Ordinal)).ToArray();
        HashSet<string>[] words = raw.Select(s => s.Select(Stem).ToHashSet(StringComparer.Ordinal)).ToArray();
        var weight = claimWords.ToDictionary(w => w, w => Math.Log((1.0 + body.Length) / (1.0 + words.Count(s => s.Contains(w)))) + 1, StringComparer.Ordinal);
        double total = weight.Values.Sum();
        var scored = new List<(int Index, double Score)>();
        for (int i = 0; i < body.Length; i++)
        {
            double overlap = claimWords.Where(words[i].Contains).Sum(w => weight[w]) / total;
            if (overlap > 0)
            {
                scored.Add((i, overlap * (HasCue(raw[i], stance, cues) ? 1.5 : 1.0)));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        double best = scored.Max(s => s.Score);
        int take = stance == StanceLabel.Unrelated ? 1 : MaxSentences;
        return scored.Where(s => s.Score >= best / 2).OrderByDescending(s => s.Score).ThenBy(s => s.Index).Take(take)
            .OrderBy(s => s.Index).Select(s => body[s.Index].Span).ToArray();
    }

    /// <summary>A crude stem: the first six letters of a longer word, so "involved" meets "involvement" and a name its adjective.</summary>
    internal static string Stem(string word) => word.Length > StemLength ? word[..StemLength] : word;

    private static bool HasCue(HashSet<string> words, StanceLabel stance, StanceCues cues) => stance switch
    {
        StanceLabel.Disagree => words.Any(w => cues.Refuting.Contains(w) || cues.IsNegation(w)),
        StanceLabel.Discuss => words.Any(cues.Hedging.Contains),
        StanceLabel.Agree => words.Any(cues.Supporting.Contains),
        _ => false,
    };
}
