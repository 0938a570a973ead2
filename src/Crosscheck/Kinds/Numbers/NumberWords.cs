namespace Crosscheck.Kinds.Numbers;

/// <summary>Values of English number words: "eleven", "twenty-three", "two hundred and five", "a dozen".</summary>
internal static class NumberWords
{
    public const string UnitPattern = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    public const string TensPattern = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    public const string ScalePattern = "hundred|thousand|million|billion|trillion";

    private static readonly Dictionary<string, int> Small = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80,
        ["ninety"] = 90,
    };

    /// <summary>Multiplier of a scale word ("million" → 1e6, "k" → 1e3), or null.</summary>
    public static double? Scale(string word) => word.ToLowerInvariant() switch
    {
        "hundred" => 100,
        "thousand" or "k" => 1_000,
        "million" or "m" or "mn" or "mln" => 1_000_000,
        "billion" or "bn" or "b" => 1_000_000_000,
        "trillion" or "tn" => 1_000_000_000_000,
        "dozen" => 12,
        _ => null,
    };

    /// <summary>
    /// Parses number words separated by spaces or hyphens ("twenty three", "one hundred and five").
    /// Returns the value and how many of the words it used (it stops at the first word that does not fit).
    /// </summary>
    public static (double Value, int Used) Parse(IReadOnlyList<string> words)
    {
        double total = 0, current = 0;
        int used = 0;
        bool any = false;
        for (int i = 0; i < words.Count; i++)
        {
            string w = words[i];
            if (w.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                // "and" only joins after a scale word: "one hundred and five".
                if (i == 0 || Scale(words[i - 1]) is not (>= 100) || i + 1 >= words.Count || !Small.ContainsKey(words[i + 1]))
                {
                    break;
                }

                continue;
            }

            if (Small.TryGetValue(w, out int small))
            {
                bool isArticle = w.Length <= 2 && w[0] is 'a' or 'A';
                if (isArticle && (i + 1 >= words.Count || Scale(words[i + 1]) is null))
                {
                    break;
                }

                // "twenty three" is fine; "three twenty" or "five six" is two numbers.
                if (any && current % 100 != 0 && !(current % 10 == 0 && current % 100 >= 20 && small < 10))
                {
                    break;
                }

                current += small;
            }
            else if (Scale(w) is { } scale && any)
            {
                if (scale == 100 || scale == 12)
                {
                    current *= scale;
                }
                else
                {
                    total += current * scale;
                    current = 0;
                }
            }
            else
            {
                break;
            }

            any = true;
            used = i + 1;
        }

        return (total + current, used);
    }
}
