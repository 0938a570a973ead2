using System.Text;

namespace Crosscheck.Tests.Quotes;

/// <summary>Loose comparison of quote texts and speaker names, as the gold file asks.</summary>
internal static class QuoteMatching
{
    private static readonly HashSet<string> Stop = new(StringComparer.Ordinal) { "the", "of", "in", "a", "an", "s", "and", "for" };

    public static string NormalizeText(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            char d = c switch { '“' or '”' => '"', '‘' or '’' => '\'', _ => c };
            if (char.IsWhiteSpace(d))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(d);
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>True when <paramref name="found"/> names the gold speaker or one of its aliases.</summary>
    public static bool SpeakerMatches(string? found, string gold, IEnumerable<string> aliases)
    {
        if (found is null)
        {
            return false;
        }

        return aliases.Append(gold).Any(a => LooseNameMatch(found, a));
    }

    /// <summary>All content words of the shorter name's head (before "in"/"of") occur in the longer one.</summary>
    public static bool LooseNameMatch(string a, string b)
    {
        string[] wa = Words(a), wb = Words(b);
        if (wa.Length == 0 || wb.Length == 0)
        {
            return false;
        }

        (string[] shorter, string[] longer) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        string[] head = Head(shorter);
        return head.All(w => longer.Any(l => SameWord(w, l))) || Head(longer).All(w => shorter.Any(l => SameWord(w, l)));
    }

    private static bool SameWord(string a, string b) =>
        a == b || (a.Length >= 7 && b.Length >= 7 && a[..7] == b[..7]);

    private static string[] Head(string[] words)
    {
        int cut = Array.FindIndex(words, w => w is "in" or "of");
        string[] head = cut > 0 ? words[..cut] : words;
        return [.. head.Where(w => !Stop.Contains(w))];
    }

    private static string[] Words(string name)
    {
        string n = name.Replace("U.S.", "US", StringComparison.Ordinal).Replace("’s", "", StringComparison.Ordinal).Replace("'s", "", StringComparison.Ordinal);
        return [.. n.ToLowerInvariant().Split([' ', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "the")];
    }
}
