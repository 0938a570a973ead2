using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Extraction.Numbers;

/// <summary>
/// What group a count is restricted to, read from the words after it: a capitalized modifier
/// ("13 US soldiers" → "us soldiers", "133 Germans" → "germans") or a subgroup noun ("children",
/// "police officers"). Empty for plain counts ("140 people", "130 killed").
/// </summary>
public static partial class CountedScope
{
    private static readonly HashSet<string> Subgroups = new(StringComparer.OrdinalIgnoreCase)
    {
        "soldiers", "troops", "servicemen", "children", "police", "officers", "policemen", "civilians", "women", "men", "students",
        "workers", "journalists", "foreigners", "citizens", "nationals", "tourists", "pupils", "firefighters", "staff", "personnel",
        "members", "fighters", "militants", "prisoners", "passengers", "residents", "migrants",
    };

    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "people", "persons", "individuals", "others", "of", "the", "were", "was", "had", "have", "has", "who", "that", "and",
        "in", "at", "on", "killed", "dead", "injured", "wounded", "missing", "lives", "including",
    };

    public static string Read(string text, TextSpan span)
    {
        Match m = Words().Match(text, span.End, Math.Min(60, text.Length - span.End));
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

        return string.Join(' ', parts);
    }

    [GeneratedRegex(@"\G(?:\s+(?<w>[\p{L}][\p{L}.'’-]*)){0,3}")]
    private static partial Regex Words();
}
