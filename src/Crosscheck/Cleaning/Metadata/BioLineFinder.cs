using System.Text.RegularExpressions;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Reads a closing author bio: "Jane Roe is a former diplomat …", "Jane Roe is a political analyst …".
/// The subject must be a person's name and the line must use a role word (analyst, columnist, former …).
/// </summary>
internal static partial class BioLineFinder
{
    /// <summary>The author named by a bio line, or null when the line is not one.</summary>
    public static string? ReadAuthor(SourceLine line)
    {
        if (line.Words > 80)
        {
            return null;
        }

        Match m = BioStart().Match(line.Text);
        if (!m.Success)
        {
            return null;
        }

        string name = m.Groups["name"].Value.Trim();
        string[] rest = LineShape.Normalize(m.Groups["rest"].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool opens = rest.Length > 0 && rest[0] is "a" or "an" or "the" or "currently" or "also" or "former" or "formerly" or "now";
        bool hasRole = opens && rest.Take(8).Any(CleaningLexicon.BioRoleWords.Contains);
        return hasRole && PersonName.IsName(name) ? name : null;
    }

    [GeneratedRegex(@"^(?<name>[^,.;:]{3,60}?),?\s+(?:is|was|has\s+been|serves\s+as|writes|works|teaches)\b(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BioStart();
}
