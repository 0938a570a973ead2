using System.Globalization;
using System.Text;
using Crosscheck.Lexicons;

namespace Crosscheck.Semantics;

/// <summary>
/// Strips accents as the uncased BERT tokenizers do before lower-casing (canonical decomposition, then every
/// non-spacing mark dropped: "Pérez" → "Perez"), without ICU: the project runs with InvariantGlobalization,
/// where <see cref="string.Normalize()"/> leaves text unchanged and the tokenizer's own option does nothing.
/// The decompositions are Resources/Unicode/strip-accents.txt; Hangul syllables decompose into jamo in code.
/// Characters outside the Basic Multilingual Plane are kept as they are.
/// </summary>
internal static class AccentStripper
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = 11172;

    private static readonly Lazy<Dictionary<char, string>> Table = new(Load);

    public static string Strip(string text)
    {
        int first = 0;
        while (first < text.Length && text[first] < '\u00C0')
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        Dictionary<char, string> table = Table.Value;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (c < '\u00C0' || char.IsSurrogate(c))
            {
                sb.Append(c);
            }
            else if (c - SBase is >= 0 and < SCount)
            {
                int s = c - SBase;
                sb.Append((char)(LBase + (s / NCount))).Append((char)(VBase + (s % NCount / TCount)));
                if (s % TCount != 0)
                {
                    sb.Append((char)(TBase + (s % TCount)));
                }
            }
            else if (table.TryGetValue(c, out string? stripped))
            {
                sb.Append(stripped);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static Dictionary<char, string> Load()
    {
        var table = new Dictionary<char, string>();
        foreach (string line in Lexicon.Lines("Unicode/strip-accents.txt"))
        {
            string[] f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            table[(char)int.Parse(f[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                string.Concat(f.Skip(1).Select(h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
        }

        return table;
    }
}
