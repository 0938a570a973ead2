using System.Globalization;
using Crosscheck.Learning;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// Features for the content layer taken from the source/cue layer's tags (stacking): the source/cue tag
/// of the token and its neighbours, and the distance to the nearest tagged cue and source on either side
/// in the sentence, and whether the previous or next sentence of the line has a cue; the clause edges around the
/// token (<see cref="ClauseEdges"/>) with those distances, and the commas between the token and the tagged cue. A content usually
/// starts right after its cue or ends right before it.
/// </summary>
public static class StackedFeatures
{
    /// <summary>Each token's base features followed by its stacked features.</summary>
    public static int[][] Extend(TaggerTokens tokens, int[][] features, int[] sourceCue, int bits)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(sourceCue);
        int n = tokens.Count;
        uint mask = (1u << bits) - 1;
        var lower = new string[n];
        for (int i = 0; i < n; i++)
        {
            lower[i] = tokens.Tokens[i].Text is "—" or "–" or "―" or "--" ? "—" : tokens.Tokens[i].Text.ToLowerInvariant();
        }

        ClauseEdges clauses = ClauseEdges.Of(tokens, lower);
        var sentenceHasCue = new HashSet<int>();
        for (int i = 0; i < n; i++)
        {
            if (sourceCue[i] is AttributionTags.BeginCue or AttributionTags.InCue)
            {
                sentenceHasCue.Add(tokens.Sentence[i]);
            }
        }

        var result = new int[n][];
        var f = new List<int>(16);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            f.AddRange(features[i]);
            void Add(string name, string value) => f.Add((int)(FeatureHash.Of(name, value) & mask));
            string T(int k) => i + k < 0 || i + k >= n ? "-" : sourceCue[i + k].ToString(CultureInfo.InvariantCulture);
            int s = tokens.Sentence[i];
            Add("t", T(0));
            Add("t-1", T(-1));
            Add("t+1", T(1));
            Add("t-1t", T(-1) + T(0));
            Add("tt+1", T(0) + T(1));
            string cueLeft = Distance(tokens, sourceCue, i, -1, AttributionTags.BeginCue, AttributionTags.InCue);
            string cueRight = Distance(tokens, sourceCue, i, 1, AttributionTags.BeginCue, AttributionTags.InCue);
            string sourceLeft = Distance(tokens, sourceCue, i, -1, AttributionTags.BeginSource, AttributionTags.InSource);
            string sourceRight = Distance(tokens, sourceCue, i, 1, AttributionTags.BeginSource, AttributionTags.InSource);
            Add("pcl", cueLeft);
            Add("pcr", cueRight);
            Add("pclr", cueLeft + "|" + cueRight);
            Add("psl", sourceLeft);
            Add("psr", sourceRight);
            Add("pcs", cueLeft + "|" + sourceLeft + "|" + cueRight + "|" + sourceRight);
            Add("pcw", cueLeft + "|" + tokens.Tokens[i].Text.ToLowerInvariant());
            (string open, _) = clauses.Open(i);
            (string close, _) = clauses.Close(i);
            int cueBefore = Nearest(tokens, sourceCue, i, -1, AttributionTags.BeginCue, AttributionTags.InCue);
            int cueAfter = Nearest(tokens, sourceCue, i, 1, AttributionTags.BeginCue, AttributionTags.InCue);
            string commasBefore = cueBefore < 0 ? "n" : TokenFeatures.CommasBetween(tokens, cueBefore, i);
            string commasAfter = cueAfter < 0 ? "n" : TokenFeatures.CommasBetween(tokens, i, cueAfter);
            Add("pko", cueLeft + "|" + open);
            Add("pkc", cueRight + "|" + close);
            Add("pkoc", cueLeft + "|" + open + "|" + close);
            Add("pkm", commasBefore + "|" + commasAfter);
            Add("pkmw", commasBefore + "|" + commasAfter + "|" + lower[i]);
            Add("pkmc", commasBefore + "|" + close);
            Add("pns", (sentenceHasCue.Contains(s) ? "s" : "-") + (SameLine(tokens, i, s - 1) && sentenceHasCue.Contains(s - 1) ? "p" : "-")
                + (SameLine(tokens, i, s + 1) && sentenceHasCue.Contains(s + 1) ? "n" : "-"));
            result[i] = [.. f];
        }

        return result;
    }

    private static bool SameLine(TaggerTokens tokens, int i, int sentence)
    {
        for (int j = i; j >= 0 && j < tokens.Count; j += sentence < tokens.Sentence[i] ? -1 : 1)
        {
            if (tokens.Sentence[j] == sentence)
            {
                return true;
            }

            if (sentence < tokens.Sentence[i] ? tokens.LineStart[j] : j + 1 < tokens.Count && tokens.LineStart[j + 1])
            {
                return false;
            }
        }

        return false;
    }

    private static int Nearest(TaggerTokens tokens, int[] tags, int i, int step, int begin, int inside)
    {
        int s = tokens.Sentence[i];
        for (int j = i + step; j >= 0 && j < tokens.Count && tokens.Sentence[j] == s; j += step)
        {
            if (tags[j] == begin || tags[j] == inside)
            {
                return j;
            }
        }

        return -1;
    }

    private static string Distance(TaggerTokens tokens, int[] tags, int i, int step, int begin, int inside)
    {
        int s = tokens.Sentence[i];
        for (int j = i + step, d = 1; j >= 0 && j < tokens.Count && tokens.Sentence[j] == s; j += step, d++)
        {
            if (tags[j] == begin || tags[j] == inside)
            {
                return d switch { <= 3 => d.ToString(CultureInfo.InvariantCulture), <= 6 => "4-6", <= 12 => "7-12", _ => "13+" };
            }
        }

        return "n";
    }
}
