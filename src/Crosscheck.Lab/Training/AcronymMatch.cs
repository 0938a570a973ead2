namespace Crosscheck.Lab.Training;

/// <summary>
/// Whether an acronym spells the initials of a long name: every capitalized word gives its initial (or, when
/// hyphenated, the initials of its parts: "Agence France-Presse" = AFP, "al-Qaeda" = Q or AQ); lowercase
/// connectors ("of", "the", "in") may give theirs or be skipped ("NATO", "PETA").
/// </summary>
internal static class AcronymMatch
{
    public static bool Matches(IReadOnlyList<string> words, string acronym)
    {
        string letters = new([.. acronym.Where(char.IsLetter).Select(char.ToUpperInvariant)]);
        return letters.Length >= 2 && Match(words, 0, letters, 0);
    }

    private static bool Match(IReadOnlyList<string> words, int w, string letters, int a)
    {
        if (w == words.Count)
        {
            return a == letters.Length;
        }

        string word = words[w];
        if (char.IsLower(word[0]) && !word.Contains('-', StringComparison.Ordinal))
        {
            // A connector: skip it, or take its initial.
            return Match(words, w + 1, letters, a)
                || a < letters.Length && char.ToUpperInvariant(word[0]) == letters[a] && Match(words, w + 1, letters, a + 1);
        }

        foreach (string option in Options(word))
        {
            if (string.CompareOrdinal(letters, a, option, 0, option.Length) == 0 && a + option.Length <= letters.Length
                && Match(words, w + 1, letters, a + option.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Options(string word)
    {
        string[] parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        yield return char.ToUpperInvariant(word[0]).ToString();
        if (parts.Length > 1)
        {
            yield return new string([.. parts.Select(p => char.ToUpperInvariant(p[0]))]);
            yield return char.ToUpperInvariant(parts[^1][0]).ToString();
        }
    }
}
