using System.Globalization;
using System.Text;
using Crosscheck.Lexicons;

namespace Crosscheck.Ingestion.Text;

/// <summary>
/// Canonical composition (NFC) without ICU: the project runs in invariant-globalization mode, where
/// <see cref="string.Normalize()"/> leaves text unchanged. Composes base letters with following
/// combining marks (and Hangul jamo) using the Unicode composition table in Resources/Unicode.
/// Text that is already precomposed (almost all news text) is returned as is.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<(Dictionary<long, int> Pairs, Dictionary<int, int> Classes)> Data = new(Load);

    public static string Normalize(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        (Dictionary<long, int> pairs, Dictionary<int, int> classes) = Data.Value;
        var output = new List<int>(text.Length);
        int starterPos = -1, lastClass = 256;
        foreach (Rune rune in text.EnumerateRunes())
        {
            int cp = rune.Value;
            int cls = classes.GetValueOrDefault(cp);
            if (starterPos >= 0 && (lastClass < cls || (lastClass == 0 && output.Count - 1 == starterPos)))
            {
                int? composed = Compose(output[starterPos], cp, pairs);
                if (composed is int c)
                {
                    output[starterPos] = c;
                    continue;
                }
            }

            if (cls == 0)
            {
                starterPos = output.Count;
            }

            lastClass = cls;
            output.Add(cp);
        }

        var sb = new StringBuilder(text.Length);
        foreach (int cp in output)
        {
            sb.Append(new Rune(cp).ToString());
        }

        return sb.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (char c in text)
        {
            if (c >= 0x0300 && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || c is >= (char)VBase and < (char)(TBase + TCount)))
            {
                return true;
            }
        }

        return false;
    }

    private static int? Compose(int first, int second, Dictionary<long, int> pairs)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((first - LBase) * VCount + (second - VBase)) * TCount;
        }

        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }

        return pairs.TryGetValue(((long)first << 21) | (uint)second, out int c) ? c : null;
    }

    private static (Dictionary<long, int>, Dictionary<int, int>) Load()
    {
        var pairs = new Dictionary<long, int>();
        var classes = new Dictionary<int, int>();
        foreach (string line in Lexicon.Lines("Unicode/nfc-data.txt"))
        {
            string[] f = line.Split(' ');
            if (f.Length != 4)
            {
                continue;
            }

            int a = int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            int b = int.Parse(f[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (f[0] == "P")
            {
                pairs[((long)a << 21) | (uint)b] = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
            else if (f[0] == "C")
            {
                int cls = int.Parse(f[3], CultureInfo.InvariantCulture);
                for (int cp = a; cp <= b; cp++)
                {
                    classes[cp] = cls;
                }
            }
        }

        return (pairs, classes);
    }
}
