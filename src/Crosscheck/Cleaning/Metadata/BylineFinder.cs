using System.Text.RegularExpressions;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Reads bylines: "by Jane Roe", "By: Jane Roe | April 01, 2024", "By Jane Roe and John Doe",
/// "Series #12 | By: Jane Roe | date", and (in the header only) "Jane Roe | Series name".
/// Never invents an author: a byline that names no person gives a null author.
/// </summary>
internal static partial class BylineFinder
{
    /// <summary>The byline in <paramref name="line"/>, or null when the line is not one.</summary>
    /// <param name="line">The line.</param>
    /// <param name="allowBareName">Accept "Name | something" without "By" (for lines right under a title).</param>
    public static Byline? Read(SourceLine line, bool allowBareName)
    {
        if (line.Words > 25)
        {
            return null;
        }

        string[] segments = line.Text.Split(['|', '·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (string segment in segments)
        {
            Match by = ByPrefix().Match(segment);
            if (!by.Success)
            {
                continue;
            }

            string rest = by.Groups["rest"].Value;
            IReadOnlyList<string> names = ReadNames(rest);
            if (names.Count > 0)
            {
                return new Byline(Join(names), DatelineFinder.Find(line.Text));
            }

            // "By The Associated Press": a byline without a person.
            if (segments.Length > 1 || (LineShape.WordCount(rest) <= 6 && !LineShape.EndsSentence(rest) && !LineShape.HasVerbish(rest)
                && LineShape.IsTitleCase(rest)))
            {
                return new Byline(null, DatelineFinder.Find(line.Text));
            }

            return null;
        }

        if (allowBareName && segments.Length >= 2 && PersonName.IsName(segments[0]))
        {
            return new Byline(segments[0], DatelineFinder.Find(line.Text));
        }

        return null;
    }

    /// <summary>Leading person names of a byline's text: "Jane Roe and John Doe, Reuters" gives two.</summary>
    public static IReadOnlyList<string> ReadNames(string text)
    {
        int date = DatelineFinder.IndexOf(text);
        if (date >= 0)
        {
            text = text[..date];
        }

        var names = new List<string>();
        var current = new List<string>();
        foreach (string raw in LineShape.Words(text))
        {
            bool endsPart = raw.EndsWith(',') || raw.EndsWith(';');
            string token = raw.TrimEnd(',', ';');
            if (token is "and" or "&" or "And")
            {
                if (!Flush(current, names))
                {
                    return names;
                }

                continue;
            }

            if (token.Length == 0 || char.IsDigit(token[0]) || (char.IsLower(token[0]) && !IsParticle(token)))
            {
                break;
            }

            current.Add(token);
            if (endsPart && !Flush(current, names))
            {
                return names;
            }
        }

        Flush(current, names);
        return names;
    }

    private static bool IsParticle(string token) => token is "de" or "del" or "der" or "van" or "von" or "da" or "di" or "du" or "la" or "le" or "al" or "el" or "bin";

    /// <summary>Adds the gathered words as a name when they form one; false (stop reading) when they do not.</summary>
    private static bool Flush(List<string> current, List<string> names)
    {
        if (current.Count == 0)
        {
            return true;
        }

        string candidate = string.Join(' ', current);
        current.Clear();
        if (PersonName.IsName(candidate))
        {
            names.Add(candidate);
            return true;
        }

        return false;
    }

    private static string Join(IReadOnlyList<string> names) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + " and " + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    [GeneratedRegex(@"^(?:written\s+)?by\s*:?\s+(?<rest>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ByPrefix();
}
