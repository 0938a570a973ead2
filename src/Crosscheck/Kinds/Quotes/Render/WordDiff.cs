using System.Text.RegularExpressions;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Quotes.Render;

/// <summary>
/// A word-level diff of two short texts (quote variants) by longest common subsequence. Words are
/// compared without case and without the punctuation around them, so "market," equals "market.".
/// </summary>
public static partial class WordDiff
{
    /// <summary>Texts longer than this (in words) are not diffed: the table would cost too much.</summary>
    public const int MaxWords = 600;

    /// <summary>
    /// The edit script from <paramref name="from"/> to <paramref name="to"/>: every word of both texts once,
    /// in reading order, marked Same, Removed (only in <paramref name="from"/>) or Inserted (only in <paramref name="to"/>).
    /// Null when either text is longer than <see cref="MaxWords"/>.
    /// </summary>
    public static IReadOnlyList<DiffWord>? Diff(string from, string to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        string[] a = Words(from), b = Words(to);
        if (a.Length > MaxWords || b.Length > MaxWords)
        {
            return null;
        }

        string[] ka = [.. a.Select(Key)], kb = [.. b.Select(Key)];
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = ka[i] == kb[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var script = new List<DiffWord>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (ka[x] == kb[y])
            {
                script.Add(new DiffWord(b[y], DiffKind.Same));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                script.Add(new DiffWord(a[x++], DiffKind.Removed));
            }
            else
            {
                script.Add(new DiffWord(b[y++], DiffKind.Inserted));
            }
        }

        script.AddRange(a[x..].Select(w => new DiffWord(w, DiffKind.Removed)));
        script.AddRange(b[y..].Select(w => new DiffWord(w, DiffKind.Inserted)));
        return script;
    }

    /// <summary>True when the two texts have the same words (ignoring case and punctuation).</summary>
    public static bool SameWording(string a, string b) => Letters(a).SequenceEqual(Letters(b));

    /// <summary>The comparison key of a word: lower case, letters and digits only (punctuation alone stays as it is).</summary>
    public static string Key(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string key = string.Concat(word.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        return key.Length == 0 ? word : key;
    }

    private static IEnumerable<string> Letters(string text) =>
        Words(text).Select(w => string.Concat(w.Where(char.IsLetterOrDigit)).ToLowerInvariant()).Where(k => k.Length > 0);

    /// <summary>The words of a text as the diff sees them (runs of non-space characters).</summary>
    public static IReadOnlyList<string> Split(string text) => Words(text);

    private static string[] Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();
}

/// <summary>One word of a <see cref="WordDiff"/> edit script.</summary>
public sealed record DiffWord(string Text, DiffKind Kind);

public enum DiffKind
{
    Same,
    Removed,
    Inserted,
}
