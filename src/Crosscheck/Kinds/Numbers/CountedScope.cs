using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// What group a count is restricted to, read from the words after it: a capitalized modifier
/// ("13 US soldiers" → "us soldiers", "dozens of Afghans" → "afghans") or a subgroup or role noun ("children",
/// "police officers", "four suspected gunmen" → "gunmen"). Empty for plain counts ("140 people", "130 killed").
/// A count introduced by "including", "among them" or "of whom" is a part of a larger count (<see cref="CountedGroup.IsSubset"/>).
/// </summary>
public static partial class CountedScope
{
    private static readonly HashSet<string> Subgroups = Lexicon.WordSet("Numbers/subgroup-nouns.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Stop = Lexicon.WordSet("Numbers/scope-stop.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>The group counted by the number at <paramref name="span"/>, as lower-case words ("" for people in general).</summary>
    public static string Read(string text, TextSpan span) => Of(text, span).Label;

    /// <summary>The group counted by the number at <paramref name="span"/>, and whether the text gives it as part of a larger count.</summary>
    public static CountedGroup Of(string text, TextSpan span)
    {
        int from = span.End;
        Match of = VagueOf().Match(text, from, Math.Min(5, text.Length - from));
        if (of.Success)
        {
            from += of.Length; // "dozens of Afghans"
        }

        Match m = Words().Match(text, from, Math.Min(60, text.Length - from));
        var parts = new List<string>();
        foreach (Capture c in m.Groups["w"].Captures)
        {
            string w = c.Value.EndsWith('.') && c.Value.IndexOf('.') == c.Value.Length - 1 ? c.Value[..^1] : c.Value;
            if (Stop.Contains(w))
            {
                break;
            }

            if (char.IsUpper(w[0]) || Subgroups.Contains(w))
            {
                parts.Add(w.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant());
            }
        }

        int back = Math.Max(0, span.Start - 40);
        bool subset = SubsetBefore().IsMatch(text.AsSpan(back, span.Start - back));
        return new CountedGroup(string.Join(' ', parts), subset);
    }

    [GeneratedRegex(@"\G(?:\s+(?<w>[\p{L}][\p{L}.'’-]*)){0,3}")]
    private static partial Regex Words();

    [GeneratedRegex(@"\G\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueOf();

    [GeneratedRegex(@"(?:\bincluding|\bamong\s+(?:them|whom|those|these|the\s+\p{L}+)|\bof\s+(?:whom|them|those|these|which))(?:\s+(?:were|are|was|is|being))?\s*[,:]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubsetBefore();
}
