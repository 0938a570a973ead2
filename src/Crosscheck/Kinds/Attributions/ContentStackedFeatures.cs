using System.Globalization;
using Crosscheck.Learning;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// Features for the source/cue layer taken from a first content tagger's tags (stacking): the content tag
/// of the token and its neighbours, and the distance to the nearest content start and content end on either
/// side in the sentence. A cue usually stands right before a content or right after it.
/// </summary>
public static class ContentStackedFeatures
{
    /// <summary>Each token's base features followed by its content-stacked features.</summary>
    public static int[][] Extend(TaggerTokens tokens, int[][] features, int[] content, int bits)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(content);
        int n = tokens.Count;
        uint mask = (1u << bits) - 1;
        var inside = new bool[n];
        for (int i = 0; i < n; i++)
        {
            inside[i] = content[i] != AttributionTags.Outside;
        }

        var result = new int[n][];
        var f = new List<int>(12);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            f.AddRange(features[i]);
            void Add(string name, string value) => f.Add((int)(FeatureHash.Of(name, value) & mask));
            string T(int k) => i + k < 0 || i + k >= n ? "-" : inside[i + k] ? "c" : "o";
            Add("ct", T(-1) + T(0) + T(1));
            Add("ct2", T(-2) + T(-1) + T(0) + T(1) + T(2));
            string left = Edge(tokens, inside, i, -1);
            string right = Edge(tokens, inside, i, 1);
            Add("ce", left + "|" + right);
            Add("cel", left);
            Add("cer", right);
            Add("cew", left + "|" + right + "|" + tokens.Tokens[i].Text.ToLowerInvariant());
            result[i] = [.. f];
        }

        return result;
    }

    // Distance to the nearest content token on one side within the sentence (bucketed), "n" when none.
    private static string Edge(TaggerTokens tokens, bool[] inside, int i, int step)
    {
        int s = tokens.Sentence[i];
        for (int j = i + step, d = 1; j >= 0 && j < tokens.Count && tokens.Sentence[j] == s; j += step, d++)
        {
            if (inside[j])
            {
                return d switch { <= 3 => d.ToString(CultureInfo.InvariantCulture), <= 6 => "4-6", _ => "7+" };
            }
        }

        return "n";
    }
}
