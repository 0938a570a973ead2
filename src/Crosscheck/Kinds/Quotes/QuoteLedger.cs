using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Groups the quotes of different documents that report the same statement, tolerant of spelling
/// variants, added or dropped words and different translations (<see cref="QuoteSimilarity"/>).
/// Scare quotes are left out. Only groups spanning at least two documents are kept, numbered
/// "q1", "q2", … in order of first appearance.
/// </summary>
public sealed class QuoteLedger : ISetAnalyzer
{
    private const int MinSharedForCandidate = 2;

    public string Name => "QuoteLedger";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        return set with { QuoteGroups = Group(findings.SelectMany(f => f.Quotes.OrderBy(q => q.Span.Start))) };
    }

    /// <summary>Groups quotes given in order of appearance (document by document).</summary>
    public static IReadOnlyList<QuoteGroup> Group(IEnumerable<Quote> quotes)
    {
        var clusters = new List<List<(Quote Quote, QuoteText Text)>>();
        var clustersByStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var sharedCounts = new Dictionary<int, int>();
        var smallest = new List<int>();
        var posted = new HashSet<(int Cluster, string Stem)>();
        foreach (Quote quote in quotes)
        {
            if (quote.Kind == QuoteKind.Scare)
            {
                continue;
            }

            var text = new QuoteText(quote.Text);
            if (text.Set.Count == 0)
            {
                continue;
            }

            // Only clusters sharing words with this quote can hold the same statement.
            sharedCounts.Clear();
            foreach (string stem in text.Set)
            {
                if (clustersByStem.TryGetValue(stem, out List<int>? ids))
                {
                    foreach (int id in ids)
                    {
                        sharedCounts[id] = sharedCounts.GetValueOrDefault(id) + 1;
                    }
                }
            }

            int best = -1;
            double bestScore = 0;
            foreach ((int id, int shared) in sharedCounts)
            {
                if (shared < Math.Min(MinSharedForCandidate, text.Set.Count) || !QuoteSimilarity.CanMatchAny(shared, text.Set.Count, smallest[id]))
                {
                    continue;
                }

                // The quote must match at least half of the cluster, so that one long member cannot chain statements.
                int matches = 0;
                double score = 0;
                foreach ((Quote other, QuoteText otherText) in clusters[id])
                {
                    bool compatible = QuoteSimilarity.SpeakersCompatible(quote.Speaker, other.Speaker);
                    if (QuoteSimilarity.SameStatement(text, otherText, compatible))
                    {
                        matches++;
                        score = Math.Max(score, QuoteSimilarity.Score(text, otherText));
                    }
                }

                if (matches * 2 >= clusters[id].Count && matches > 0 && score > bestScore)
                {
                    bestScore = score;
                    best = id;
                }
            }

            if (best < 0)
            {
                best = clusters.Count;
                clusters.Add([]);
                smallest.Add(int.MaxValue);
            }

            clusters[best].Add((quote, text));
            smallest[best] = Math.Min(smallest[best], text.Set.Count);
            foreach (string stem in text.Set)
            {
                if (!clustersByStem.TryGetValue(stem, out List<int>? ids))
                {
                    clustersByStem[stem] = ids = [];
                }

                if (posted.Add((best, stem)))
                {
                    ids.Add(best);
                }
            }
        }

        var groups = new List<QuoteGroup>();
        foreach (List<(Quote Quote, QuoteText Text)> cluster in clusters)
        {
            if (cluster.Select(m => m.Quote.DocId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            List<Quote> members = [.. cluster.Select(m => m.Quote)];
            groups.Add(new QuoteGroup($"q{groups.Count + 1}", AgreedSpeaker(members), members));
        }

        return groups;
    }

    /// <summary>The speaker named most often, if every named speaker is compatible with it; the longest such name.</summary>
    private static string? AgreedSpeaker(List<Quote> members)
    {
        List<string> named = [.. members.Select(m => m.Speaker).OfType<string>()];
        if (named.Count == 0)
        {
            return null;
        }

        string top = named.GroupBy(n => n, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().Key;
        if (!named.All(n => QuoteSimilarity.SpeakersCompatible(n, top)))
        {
            return null;
        }

        return named.Where(n => QuoteSimilarity.SpeakersCompatible(n, top)).MaxBy(n => n.Length);
    }
}
