namespace Crosscheck.Cleaning;

/// <summary>
/// Finds short lines that several documents of a set share: site labels and footers of one outlet.
/// Documents that share a long line are copies of one story (syndicated wire copy) and count once,
/// so that a copied story does not lose its own short paragraphs.
/// </summary>
internal static class RepeatedLineDetector
{
    private const int MaxShortWords = 10;
    private const int MinLongWords = 15;

    /// <summary>The normalized keys of short lines found in at least two unrelated documents (three for sentences).</summary>
    public static IReadOnlySet<string> Find(IReadOnlyList<IReadOnlyList<SourceLine>> documents)
    {
        if (documents.Count < 2)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        int[] cluster = Clusters(documents);
        var seenIn = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var sample = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            foreach (SourceLine line in documents[d])
            {
                if (line.Words is < 1 or > MaxShortWords || line.Key.Length == 0)
                {
                    continue;
                }

                if (!seenIn.TryGetValue(line.Key, out HashSet<int>? set))
                {
                    seenIn[line.Key] = set = [];
                    sample[line.Key] = line.Text;
                }

                set.Add(cluster[d]);
            }
        }

        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string key, HashSet<int> clusters) in seenIn)
        {
            string text = sample[key];
            bool sentence = LineShape.EndsSentence(text) && LineShape.HasVerbish(text);
            if (clusters.Count >= (sentence ? 3 : 2))
            {
                repeated.Add(key);
            }
        }

        return repeated;
    }

    /// <summary>Groups documents that share a long line (union-find); returns each document's group id.</summary>
    private static int[] Clusters(IReadOnlyList<IReadOnlyList<SourceLine>> documents)
    {
        int[] parent = Enumerable.Range(0, documents.Count).ToArray();
        var firstDoc = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int d = 0; d < documents.Count; d++)
        {
            foreach (SourceLine line in documents[d])
            {
                if (line.Words < MinLongWords)
                {
                    continue;
                }

                if (firstDoc.TryGetValue(line.Key, out int other))
                {
                    parent[Root(parent, d)] = Root(parent, other);
                }
                else
                {
                    firstDoc[line.Key] = d;
                }
            }
        }

        return Enumerable.Range(0, documents.Count).Select(d => Root(parent, d)).ToArray();
    }

    private static int Root(int[] parent, int d)
    {
        while (parent[d] != d)
        {
            parent[d] = parent[parent[d]];
            d = parent[d];
        }

        return d;
    }
}
