using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The clause around each token, as features of the attribution tagger see it: the nearest clause boundary on
/// either side within the sentence (a comma, colon, semicolon, dash, bracket or quote mark, written with the word
/// after it when that word opens a clause, as ",which"; "s" for the sentence edge) and its distance in tokens. A
/// content span usually runs from its cue, or from "that", to the end of a clause, and stops before an aside the
/// author adds (PolNeAR guidelines, "Closeup on Content").
/// </summary>
internal sealed class ClauseEdges
{
    private static readonly HashSet<string> ClauseWords = new(Lexicon.Words("Attributions/ClauseWords.txt"), StringComparer.Ordinal);

    private readonly (string Edge, int Distance)[] _open;
    private readonly (string Edge, int Distance)[] _close;

    private ClauseEdges((string, int)[] open, (string, int)[] close)
    {
        _open = open;
        _close = close;
    }

    /// <summary>The boundary that opens the token's clause (on its left) and its distance.</summary>
    public (string Edge, int Distance) Open(int i) => _open[i];

    /// <summary>The boundary that closes the token's clause (on its right) and its distance.</summary>
    public (string Edge, int Distance) Close(int i) => _close[i];

    /// <param name="tokens">The tokens.</param>
    /// <param name="lower">Each token's lower-cased text (dashes of every width written "—").</param>
    public static ClauseEdges Of(TaggerTokens tokens, IReadOnlyList<string> lower)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lower);
        int n = tokens.Count;
        var mark = new string?[n];
        for (int i = 0; i < n; i++)
        {
            string t = lower[i];
            mark[i] = t is "“" or "”" or "\"" or "«" or "»" ? "q"
                : t is "," or ";" or ":" or "—" or "-" or "(" or ")" ? t
                : null;
        }

        var open = new (string, int)[n];
        var close = new (string, int)[n];
        for (int i = 0; i < n; i++)
        {
            open[i] = Edge(tokens, lower, mark, i, -1);
            close[i] = Edge(tokens, lower, mark, i, 1);
        }

        return new ClauseEdges(open, close);
    }

    private static (string Edge, int Distance) Edge(TaggerTokens tokens, IReadOnlyList<string> lower, string?[] mark, int i, int step)
    {
        int s = tokens.Sentence[i];
        int d = 1;
        for (int j = i + step; j >= 0 && j < tokens.Count && tokens.Sentence[j] == s; j += step, d++)
        {
            if (mark[j] is { } m)
            {
                string word = j + 1 < tokens.Count && ClauseWords.Contains(lower[j + 1]) ? lower[j + 1] : "";
                return (m + word, d);
            }
        }

        return ("s", d);
    }
}
