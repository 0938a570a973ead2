using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Crosscheck.Lexicons;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>Recognizes a person's name as bylines write it: two to four capitalized words ("Jane Roe", "Ana de la Cruz").</summary>
internal static partial class PersonName
{
    private static readonly FrozenSet<string> Particles = Lexicon.WordSet("Cleaning/name-particles.txt", StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Capitalized words that are not names: determiners, pronouns and newsroom words.</summary>
    private static readonly FrozenSet<string> NotNames = Lexicon.WordSet("Cleaning/byline-not-names.txt", StringComparer.Ordinal).ToFrozenSet(StringComparer.Ordinal);

    public static bool IsName(string text)
    {
        string[] tokens = LineShape.Words(text.Trim().TrimEnd(',', '.', ';', ':'));
        if (tokens.Length is < 2 or > 4 || Particles.Contains(tokens[0]) || Particles.Contains(tokens[^1]))
        {
            return false;
        }

        bool allCaps = tokens.All(t => !Particles.Contains(t) && t.Any(char.IsLetter) && t.Where(char.IsLetter).All(char.IsUpper));
        int words = 0;
        foreach (string token in tokens)
        {
            if (Particles.Contains(token))
            {
                continue;
            }

            if (NotNames.Contains(token.ToLowerInvariant()))
            {
                return false;
            }

            if (Initial().IsMatch(token))
            {
                continue;
            }

            if (!(allCaps ? CapsWord().IsMatch(token) : NameWord().IsMatch(token)))
            {
                return false;
            }

            words++;
        }

        return words >= 2 || (words == 1 && !Initial().IsMatch(tokens[^1]));
    }

    [GeneratedRegex(@"^(?:[A-Z][a-z]+|Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O['’][A-Z][a-z]+)(?:[-'’][A-Z]?[a-z]+)*(?:,)?$|^(?:Jr|Sr)\.?$|^I{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^[A-Z]{2,}(?:[-'’][A-Z]+)*$|^(?:JR|SR)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex CapsWord();

    [GeneratedRegex(@"^[A-Z]\.(?:[A-Z]\.)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Initial();
}
