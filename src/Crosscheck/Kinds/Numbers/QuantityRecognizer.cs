using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Finds the numbers of a text and says what each is: a count ("13", "eleven", "dozens"), an amount with a
/// unit ("$1.5 million", "30%", "12 miles"), a range ("5-10"), a fraction ("a third"), or something that is
/// not an amount (a year, decade, date, clock time, ordinal, age or label). Reads the qualifier around each
/// number ("at least", "more than", "or more"). Knows nothing of what is counted: that is the caller's job.
/// Stateless and thread-safe.
/// </summary>
public static partial class QuantityRecognizer
{
    private const string Simple = "(?:(?:" + NumberWords.TensPattern + ")(?:[-‑](?:one|two|three|four|five|six|seven|eight|nine))?|" + NumberWords.UnitPattern + ")";

    // The leading class lets the engine skip quickly to characters that can start a number.
    private const string CandidatePattern =
        @"(?=[0-9.adefhmnostuwADEFHMNOSTUW])(?:" +
        @"(?<dig>(?-i:(?<![\p{Ll}\p{Lt}\p{Lo}\p{N}_#/⁄:.,]))[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])|(?-i:(?<![\p{Ll}\p{Lt}\p{Lo}\p{N}_#/⁄:.,]))(?:[0-9]+(?:\.[0-9]+)?|(?<![0-9])\.[0-9]+)(?![0-9]))" +
        @"|(?<vague>\b(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions|billions)|dozens|hundreds|thousands|millions|billions|a\s+handful)\b|\bscores(?=\s+(?:of|were|have|had|are|more|killed|dead|died|injured|wounded|hurt)\b))" +
        @"|(?<frac>\b(?:(?:a|one|two|three|four)[\s-](?:half|halves|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|half)(?=\s+of\b))" +
        @"|(?<half>\bhalf\s+a\s+dozen\b)" +
        @"|(?<halfscale>\bhalf\s+an?\s+(?:hundred|thousand|million|billion|trillion)\b)" +
        @"|(?<words>\b(?:" + Simple + @"|an?(?=[\s-]+(?:hundred|thousand|million|billion|dozen)\b))\b(?:(?:[\s-]+|\s+and\s+)(?:" + Simple + "|" + NumberWords.ScalePattern + @"|dozen)\b)*))";

    private static readonly Regex Candidates = CandidateRegex();

    /// <summary>All numbers of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Quantity> Recognize(string text) => Recognize(text, new TextSpan(0, text.Length));

    /// <summary>The numbers inside <paramref name="range"/> of <paramref name="text"/>; spans index into <paramref name="text"/>.</summary>
    public static IReadOnlyList<Quantity> Recognize(string text, TextSpan range)
    {
        var result = new List<Quantity>();
        int consumed = range.Start;
        Match m = Candidates.Match(text, range.Start, range.Length);
        while (m.Success)
        {
            if (m.Index >= consumed)
            {
                Quantity? q = m.Groups["dig"].Success ? FromDigits(text, m.Index, m.Index + m.Length, range)
                    : m.Groups["words"].Success ? FromWords(text, m, range)
                    : FromFixed(text, m, range);
                if (q is not null)
                {
                    q = m.Groups["dig"].Success ? Signed(text, q, range) : q;
                    q = result.Count > 0 ? Conversion(text, result[^1], q) : q;
                    q = ChangeFrom(text, result, q, range);
                    result.Add(q);
                    consumed = q.Span.End;
                }
            }

            m = m.NextMatch();
        }

        return result;
    }

    private static Quantity? FromFixed(string text, Match m, TextSpan range)
    {
        string s = m.Value.ToLowerInvariant();
        if (m.Groups["half"].Success)
        {
            return Build(text, range, m.Index, m.Index + m.Length, 6, null, QuantityKind.Count, null, null, false);
        }

        // "half a million pounds": half the scale, in the unit written after it.
        if (m.Groups["halfscale"].Success)
        {
            string scaleWord = s[(s.LastIndexOf(' ') + 1)..];
            double halfValue = 0.5 * (NumberWords.Scale(scaleWord) ?? 0);
            (QuantityKind kind, string? unit, string? unitKind, int unitEnd) = ReadUnit(text, m.Index, m.Index + m.Length, range);
            return Build(text, range, m.Index, unitEnd, halfValue, null, kind, unit, unitKind, false, numberEnd: m.Index + m.Length);
        }

        if (m.Groups["frac"].Success)
        {
            return Build(text, range, m.Index, m.Index + m.Length, FractionValue(s), null, QuantityKind.Fraction, null, null, false);
        }

        // The value is a rough lower bound (two of the unit the word names); the magnitude is that unit.
        (double value, double? magnitude) = s switch
        {
            "dozens" => (24.0, (double?)12),
            "scores" => (40, 20),
            "hundreds" => (200, 100),
            "thousands" => (2_000, 1_000),
            "millions" => (2_000_000, 1_000_000),
            "billions" => (2_000_000_000, 1_000_000_000),
            _ when s.StartsWith("tens of thousands", StringComparison.Ordinal) => (20_000, 10_000),
            _ when s.StartsWith("tens of millions", StringComparison.Ordinal) => (20_000_000, 10_000_000),
            _ when s.StartsWith("tens of billions", StringComparison.Ordinal) => (20_000_000_000, 10_000_000_000),
            _ when s.StartsWith("hundreds of thousands", StringComparison.Ordinal) => (200_000, 100_000),
            _ when s.StartsWith("hundreds of millions", StringComparison.Ordinal) => (200_000_000, 100_000_000),
            _ => (3, (double?)null), // a handful
        };

        // "millions of dollars": a vague sum of money.
        Match money = VagueMoneyAfter().Match(text, m.Index + m.Length, range.End - m.Index - m.Length);
        if (money.Success)
        {
            string unit = money.Groups["usd"].Success ? "USD" : money.Groups["eur"].Success ? "EUR" : money.Groups["gbp"].Success ? "GBP" : "RUB";
            return Build(text, range, m.Index, m.Index + m.Length + money.Length, value, null, QuantityKind.Money, unit, "money", true, numberEnd: m.Index + m.Length) with { VagueMagnitude = magnitude };
        }

        return Build(text, range, m.Index, m.Index + m.Length, value, null, QuantityKind.Count, null, null, true) with { VagueMagnitude = magnitude };
    }

    private static double FractionValue(string s)
    {
        string[] parts = s.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1)
        {
            return 0.5;
        }

        double numerator = parts[0] switch { "two" => 2, "three" => 3, "four" => 4, _ => 1 };
        double denominator = parts[1].TrimEnd('s') switch { "half" or "halve" => 2, "third" => 3, "quarter" => 4, "fifth" => 5, _ => 10 };
        return numerator / denominator;
    }

    private static Quantity? FromWords(string text, Match m, TextSpan range)
    {
        MatchCollection words = WordSplit().Matches(m.Value);
        string[] list = [.. words.Select(w => w.Value)];
        (double value, int used) = NumberWords.Parse(list);
        if (used == 0)
        {
            return null;
        }

        int end = m.Index + words[used - 1].Index + words[used - 1].Length;
        if (char.IsUpper(text[m.Index]) && Before(text, m.Index, range, IdentifierBefore()))
        {
            return Build(text, range, m.Index, end, value, null, QuantityKind.Identifier, null, null, false); // "Page Six", "Apollo Eleven"
        }

        if (IsPronounOne(text, m.Index, end, range))
        {
            return null; // "each one they lose", "the same one across"
        }

        if (char.IsUpper(text[m.Index]) && m.Index > range.Start && Before(text, m.Index, range, NameBefore()))
        {
            return Build(text, range, m.Index, end, value, null, QuantityKind.Identifier, null, null, false); // "BBC One", "Formula One"
        }

        Match outOf = OutOfAfter().Match(text, end, range.End - end);
        if (outOf.Success && ParseOne(outOf.Groups["n"].Value) is { } whole && whole > value)
        {
            return Build(text, range, m.Index, end + outOf.Length, value / whole, null, QuantityKind.Fraction, null, null, false); // "one out of three"
        }

        (QuantityKind kind, string? unit, string? unitKind, int unitEnd) = ReadUnit(text, m.Index, end, range);
        if (kind == QuantityKind.Count && (After(text, end, range, AgeAfter()) || IsAppositiveAge(text, m.Index, end, value)))
        {
            return Build(text, range, m.Index, end, value, null, QuantityKind.Age, null, null, false);
        }

        // "five or 10", "two to three", "five-10": a range written with a word first.
        double? high = null;
        Match tail = kind == QuantityKind.Count ? WordRangeAfter().Match(text, end, range.End - end) : Match.Empty;
        if (tail.Success && ParseOne(tail.Groups["n"].Value) is { } h && h > value)
        {
            high = h;
            end += tail.Length;
            unitEnd = end;
        }
        else if (unit is not null && UnitRangeTail(text, m.Index, unitEnd, range, unit) is { } unitTail && unitTail.High > value)
        {
            high = unitTail.High; // "five per cent to 20 per cent"
            unitEnd = unitTail.End;
        }

        return Build(text, range, m.Index, unitEnd, value, high, kind, unit, unitKind, false, numberEnd: end);
    }

    // "Cirillo, 24, a reservist", "his daughter Ju-ae, two.": a number set off by commas after a name is an age.
    private static bool IsAppositiveAge(string text, int start, int end, double value)
    {
        if (value is < 1 or > 110 || start < 3 || text[start - 1] != ' ' || text[start - 2] != ',' || !char.IsLetter(text[start - 3]))
        {
            return false;
        }

        int w = start - 3;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] == '-'))
        {
            w--;
        }

        bool name = char.IsUpper(text[w]);
        bool closed = end < text.Length && (text[end] == ',' || (text[end] == '.' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1]))));
        return name && closed;
    }

    private static double? ParseOne(string s)
    {
        if (char.IsAsciiDigit(s[0]))
        {
            return double.Parse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        string[] parts = s.Split(['-', '‑'], StringSplitOptions.RemoveEmptyEntries);
        (double v, int used) = NumberWords.Parse(parts);
        return used == parts.Length ? v : null;
    }

    private static Quantity? FromDigits(string text, int start, int end, TextSpan range)
    {
        // Digits glued to capital letters are a number only after a currency code ("USD10m", "RM2.05", "$US55"):
        // "B737", "PS5" and "G7" are names.
        if (start > range.Start && char.IsLetter(text[start - 1]) && CurrencyBefore(text, start, range) is null)
        {
            return null;
        }

        string raw = text[start..end];
        bool grouped = raw.Contains(',', StringComparison.Ordinal);
        bool isInteger = !raw.Contains('.', StringComparison.Ordinal);
        double value = double.Parse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

        if (raw[0] != '.' && CodeShape.IsCode(text, start, end, range))
        {
            return Build(text, range, start, SkipCode(text, end, range.End), value, null, QuantityKind.Identifier, null, null, false);
        }

        // Letters glued to the digits: "26th", "1990s", "1.5m", "10pm", "24km", "5G".
        if (end < range.End && char.IsLetter(text[end]))
        {
            return FromGlued(text, start, end, value, isInteger, range);
        }

        if (end + 1 < range.End && text[end] == ':' && char.IsAsciiDigit(text[end + 1]))
        {
            return Build(text, range, start, SkipDigits(text, end + 1, range.End), value, null, QuantityKind.Time, null, null, false);
        }

        Match fraction = DigitFractionAfter().Match(text, end, range.End - end);
        if (isInteger && fraction.Success && double.TryParse(fraction.Groups["d"].Value, CultureInfo.InvariantCulture, out double denominator) && denominator > 0)
        {
            return Build(text, range, start, end + fraction.Groups["d"].Index + fraction.Groups["d"].Length - end, value / denominator, null, QuantityKind.Fraction, null, null, false);
        }

        if (end + 1 < range.End && text[end] is '/' or '⁄' && char.IsAsciiDigit(text[end + 1]))
        {
            return Build(text, range, start, SkipDigits(text, end + 1, range.End), value, null, QuantityKind.Identifier, null, null, false);
        }

        if (isInteger && !grouped && StreetAfter().Match(text, end, range.End - end) is { Success: true } street)
        {
            return Build(text, range, start, end + street.Length, value, null, QuantityKind.Identifier, null, null, false);
        }

        if (Before(text, start, range, IdentifierBefore()))
        {
            Match labels = LabelRangeAfter().Match(text, end, range.End - end); // "floors 20 through 44"
            return Build(text, range, start, labels.Success ? end + labels.Length : end, value, null, QuantityKind.Identifier, null, null, false);
        }

        if (isInteger && !grouped && value is >= 1 and <= 31)
        {
            if (Before(text, start, range, MonthBefore()))
            {
                Match year = YearAfterDay().Match(text, end, range.End - end);
                return Build(text, range, start, year.Success ? end + year.Length : end, value, null, QuantityKind.Date, null, null, false);
            }

            Match month = MonthAfter().Match(text, end, range.End - end);
            if (month.Success)
            {
                return Build(text, range, start, end + month.Length, value, null, QuantityKind.Date, null, null, false);
            }
        }

        if (After(text, end, range, TimeAfter()))
        {
            Match time = TimeAfter().Match(text, end, range.End - end);
            return Build(text, range, start, end + time.Length, value, null, QuantityKind.Time, null, null, false);
        }

        if (After(text, end, range, AgeAfter()) || (isInteger && !grouped && IsAppositiveAge(text, start, end, value)))
        {
            return Build(text, range, start, end, value, null, QuantityKind.Age, null, null, false);
        }

        if (Before(text, start, range, AgeBefore()))
        {
            // "aged 20-24", "between the ages of 39 and 74": the second age is part of the same expression.
            Match tail = AgeTail().Match(text, end, range.End - end);
            return Build(text, range, start, tail.Success ? end + tail.Length : end, value, null, QuantityKind.Age, null, null, false);
        }

        // "iPhone 11", "Galaxy 22": a number after a name is a model, unless a unit or scale follows ("Acme 9 billion shekels").
        if (CodeShape.IsModelName(text, start, end, range) && CurrencyBefore(text, start, range) is null
            && ReadUnit(text, start, end, range).Kind == QuantityKind.Count && !ScaleAfter().IsMatch(text, end))
        {
            return Build(text, range, start, end, value, null, QuantityKind.Identifier, null, null, false);
        }

        if (isInteger && !grouped && raw.Length == 4 && value is >= 1000 and <= 2100 && IsYear(text, start, end, range))
        {
            // "2014-2015" and "2014-15" stay one year expression.
            Match span = YearRangeAfter().Match(text, end, range.End - end);
            return Build(text, range, start, span.Success ? end + span.Length : end, value, null, QuantityKind.Year, null, null, false);
        }

        int numberEnd = end;
        Match scale = ScaleAfter().Match(text, end, range.End - end);
        if (scale.Success)
        {
            value *= ScaleOf(scale);
            numberEnd = end + scale.Length;
        }

        double? high = null;
        Match rangeMatch = RangeAfter().Match(text, numberEnd, range.End - numberEnd);
        if (rangeMatch.Success && rangeMatch.Groups["n"].Value.StartsWith('0') && !rangeMatch.Groups["to"].Success && !rangeMatch.Groups["or"].Success)
        {
            // "273-0325": a phone number or code, not a range.
            return Build(text, range, start, numberEnd + rangeMatch.Length, value, null, QuantityKind.Identifier, null, null, false);
        }

        if (rangeMatch.Success && !IsChangeTo(text, start, range, rangeMatch) && !GluedToNonUnit(text, rangeMatch, range))
        {
            double h = Number(rangeMatch.Groups["n"].Value);
            double multiplier = rangeMatch.Groups["s"].Success ? NumberWords.Scale(rangeMatch.Groups["s"].Value) ?? 1 : scale.Success ? ScaleOf(scale) : 1;
            if (rangeMatch.Groups["s"].Success && !scale.Success && value < h)
            {
                value *= multiplier; // "$2-3 million": the scale is written once, after the range (not "$200,000 to $4 million").
            }

            if (h * multiplier == value && !rangeMatch.Groups["to"].Success && !rangeMatch.Groups["or"].Success && !rangeMatch.Groups["cur"].Success)
            {
                // "tied at 89-89", "2-2": a tied score, not an amount.
                return Build(text, range, start, numberEnd + rangeMatch.Length, value, null, QuantityKind.Identifier, null, null, false);
            }

            if (h * multiplier > value)
            {
                high = h * multiplier;
                numberEnd += rangeMatch.Length;
            }
        }
        else if (Before(text, start, range, BetweenBefore()))
        {
            Match and = AndAfter().Match(text, numberEnd, range.End - numberEnd);
            if (and.Success)
            {
                high = Number(and.Groups["n"].Value);
                numberEnd += and.Length;
            }
        }

        (QuantityKind kind, string? unit, string? unitKind, int unitEnd) = ReadUnit(text, start, numberEnd, range);
        if (high is null && unit is not null && UnitRangeTail(text, start, unitEnd, range, unit) is { } unitTail && unitTail.High > value)
        {
            // "between 5% and 6%", "1 per cent to 1.5 per cent": the unit is written after both ends.
            high = unitTail.High;
            unitEnd = unitTail.End;
        }
        int spanStart = start;
        if (kind != QuantityKind.Money && CurrencyBefore(text, start, range) is { } currency)
        {
            kind = QuantityKind.Money;
            unit = currency.Unit;
            unitKind = currency.Kind;
            spanStart = start - currency.Length;
        }

        return Build(text, range, spanStart, unitEnd, value, high, kind, unit, unitKind, false, numberStart: start, numberEnd: numberEnd);
    }

    private static Quantity? FromGlued(string text, int start, int end, double value, bool isInteger, TextSpan range)
    {
        int wordEnd = end;
        while (wordEnd < range.End && char.IsLetterOrDigit(text[wordEnd]))
        {
            wordEnd++;
        }

        string suffix = text[end..wordEnd].ToLowerInvariant();
        switch (suffix)
        {
            case "st" or "nd" or "rd" or "th" when isInteger:
                return Build(text, range, start, wordEnd, value, null, QuantityKind.Ordinal, null, null, false);
            case "s" when isInteger && (end - start == 4 || end - start == 2):
                return Build(text, range, start, wordEnd, value, null, QuantityKind.Decade, null, null, false);
            case "am" or "pm":
                return Build(text, range, start, wordEnd, value, null, QuantityKind.Time, null, null, false);
        }

        if (NumberWords.Scale(suffix) is { } scale && suffix != "dozen")
        {
            double scaled = value * scale;
            (QuantityKind kind, string? unit, string? unitKind, int unitEnd) = ReadUnit(text, start, wordEnd, range);
            if (CurrencyBefore(text, start, range) is { } currency)
            {
                return Build(text, range, start - currency.Length, unitEnd, scaled, null, QuantityKind.Money, currency.Unit, currency.Kind, false, numberStart: start, numberEnd: wordEnd);
            }

            return Build(text, range, start, unitEnd, scaled, null, kind, unit, unitKind, false, numberEnd: wordEnd);
        }

        UnitForm? form = UnitLexicon.Default.After.FirstOrDefault(f => f.Form.Equals(text[end..wordEnd], StringComparison.OrdinalIgnoreCase) && !f.Form.Contains(' ', StringComparison.Ordinal));
        if (form is not null)
        {
            return Build(text, range, start, wordEnd, value, null, form.Kind == "percent" ? QuantityKind.Percent : form.Kind == "money" ? QuantityKind.Money : QuantityKind.Measurement, form.Unit, form.Kind, false, numberEnd: end);
        }

        return Build(text, range, start, wordEnd, value, null, QuantityKind.Identifier, null, null, false);
    }

    private static (QuantityKind Kind, string? Unit, string? UnitKind, int End) ReadUnit(string text, int start, int end, TextSpan range)
    {
        int limit = Math.Min(range.End, end + 32);
        foreach (UnitForm f in UnitLexicon.Default.After)
        {
            int i = end;
            bool hyphen = i < limit && text[i] is '-' or '‑';
            if (hyphen)
            {
                i++;
            }
            else
            {
                while (i < limit && text[i] == ' ')
                {
                    i++;
                }
            }

            if (i + f.Form.Length > limit || string.Compare(text, i, f.Form, 0, f.Form.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            int unitEnd = i + f.Form.Length;
            bool symbol = !char.IsLetter(f.Form[^1]);
            if (!symbol && unitEnd < text.Length && char.IsLetter(text[unitEnd]))
            {
                continue;
            }

            // "m" and "ft" need no space; words need one: "5 days", "24-hour", but "5days" is rare.
            if (i == end && char.IsLetter(f.Form[0]) && f.Form.Length > 3 && !hyphen)
            {
                continue;
            }

            QuantityKind kind = f.Kind switch
            {
                "percent" => QuantityKind.Percent,
                "money" => QuantityKind.Money,
                _ => QuantityKind.Measurement,
            };
            return (kind, f.Unit, f.Kind, unitEnd);
        }

        return (QuantityKind.Count, null, null, end);
    }

    private static (string Unit, string Kind, int Length)? CurrencyBefore(string text, int start, TextSpan range)
    {
        int i = start;
        while (i > range.Start && text[i - 1] == ' ')
        {
            i--;
        }

        if (i - 1 > range.Start && text[i - 1] == '-' && !char.IsLetterOrDigit(text[i - 2]) && text[i - 2] != ' ')
        {
            i--; // "$-50.8bn"
        }

        foreach (UnitForm f in UnitLexicon.Default.Before)
        {
            int s = i - f.Form.Length;
            if (s >= range.Start && string.Compare(text, s, f.Form, 0, f.Form.Length, StringComparison.Ordinal) == 0)
            {
                return (f.Unit, f.Kind, start - s);
            }
        }

        return null;
    }

    private static bool IsYear(string text, int start, int end, TextSpan range)
    {
        (Qualifier q, int qStart) = QualifierReader.ReadBefore(text, start);
        if ((q != Qualifier.Exact && qStart >= range.Start) || CurrencyBefore(text, start, range) is not null || ReadUnit(text, start, end, range).Kind != QuantityKind.Count)
        {
            return false; // "about 2000", "$2000", "1520 sq m"
        }

        // "2000 people", "1500 troops": a plural noun after the number makes it a count.
        Match next = NextWord().Match(text, end, range.End - end);
        return !next.Success || !IsCountNoun(next.Groups[1].Value);
    }

    private static readonly HashSet<string> NotNouns = Lexicon.WordSet("Numbers/not-count-nouns.txt", StringComparer.Ordinal);

    private static bool IsCountNoun(string word) =>
        word.Length > 3 && !NotNouns.Contains(word) && word.EndsWith('s') && char.IsLower(word[0]) && !word.EndsWith("ss", StringComparison.Ordinal)
        || word is "people" or "men" or "women" or "children" or "police" or "personnel" or "staff";

    // The rest of a code: "-555-0199" after "1", "-0500" tails.
    private static int SkipCode(string text, int i, int end)
    {
        while (i + 1 < end && text[i] is '-' or '–' && char.IsAsciiDigit(text[i + 1]))
        {
            i = SkipDigits(text, i + 1, end);
        }

        return i;
    }

    private static int SkipDigits(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool Before(string text, int start, TextSpan range, Regex regex)
    {
        int from = Math.Max(range.Start, start - 40);
        return regex.IsMatch(text.AsSpan(from, start - from));
    }

    private static bool After(string text, int end, TextSpan range, Regex regex) => regex.Match(text, end, Math.Min(40, range.End - end)).Success;

    private static Quantity Build(
        string text, TextSpan range, int start, int end, double value, double? high, QuantityKind kind, string? unit, string? unitKind, bool vague,
        int? numberStart = null, int? numberEnd = null)
    {
        int nStart = numberStart ?? start;
        int nEnd = numberEnd ?? end;
        Qualifier qualifier = Qualifier.Exact, written = Qualifier.Exact;
        QuantityDirection direction = QuantityDirection.None;
        int spanStart = start, spanEnd = end;
        if (kind is QuantityKind.Count or QuantityKind.Percent or QuantityKind.Money or QuantityKind.Measurement or QuantityKind.Fraction)
        {
            (Qualifier before, int qStart) = QualifierReader.ReadBefore(text, start);
            if (before != Qualifier.Exact && qStart >= range.Start)
            {
                qualifier = before;
                spanStart = qStart;
            }

            (Qualifier? after, int qEnd) = QualifierReader.ReadAfter(text, end);
            if (after is not null && qEnd <= range.End)
            {
                qualifier = qualifier == Qualifier.Exact ? after.Value : qualifier;
                spanEnd = qEnd;
            }

            written = qualifier;

            // A range ("5-10") or a vague word ("dozens") bounds the amount from below: a reader that ignores
            // the upper end (Quantity.High, NumberMention.ValueHigh) still reads a true statement.
            if ((high is not null || vague) && qualifier == Qualifier.Exact)
            {
                qualifier = Qualifier.AtLeast;
            }

            direction = DirectionReader.Read(text, spanStart, range.Start);
        }

        var span = new TextSpan(spanStart, spanEnd);
        return new Quantity(span, new TextSpan(nStart, nEnd), span.Slice(text), value, high, qualifier, kind, unit, unitKind, vague)
        {
            WrittenQualifier = written,
            Direction = direction,
        };
    }

    /// <summary>
    /// "more than 7.5 million crowns (US $1.1 million)", "just under 296 hp (224 kW / 300 PS)": an amount in
    /// brackets (or after a slash) right after another is the same amount in other units, bounded and moving as it is.
    /// </summary>
    private static Quantity Conversion(string text, Quantity previous, Quantity q)
    {
        if (!q.IsAmount || !previous.IsAmount || q.WrittenQualifier != Qualifier.Exact || q.Direction != QuantityDirection.None
            || (previous.WrittenQualifier == Qualifier.Exact && previous.Direction == QuantityDirection.None)
            || q.Span.Start < previous.Span.End || text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End).Trim() is not "(" and not "/")
        {
            return q;
        }

        return q with { Qualifier = previous.Qualifier, WrittenQualifier = previous.WrittenQualifier, Direction = previous.Direction };
    }

    /// <summary>
    /// "dropping from 208 pounds to 193", "jumped from 240 to 273", "plummeted from $36,040 at 10.45pm to $34,935":
    /// the amount after "to" is the level reached from the amount after "from" (<see cref="Quantity.From"/>).
    /// Both stay quantities of their own.
    /// </summary>
    private static Quantity ChangeFrom(string text, List<Quantity> before, Quantity q, TextSpan range)
    {
        Quantity? p = before.LastOrDefault(b => b.IsAmount);
        if (p is null || !q.IsAmount || p.IsRange || q.IsRange || q.Span.Start < p.Span.End || q.Span.Start - p.Span.End > 48
            || !ToBetween().IsMatch(text.AsSpan(p.Span.End, q.Span.Start - p.Span.End)) || !Before(text, p.Span.Start, range, FromBefore()))
        {
            return q;
        }

        return q with { From = p };
    }

    [GeneratedRegex(@"^[^,;:!?()]*\bto\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBetween();

    [GeneratedRegex(@"\bfrom\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    // "9 E 71st St", "16-18 Industrial Avenue", "49 Zorro Ranch Road": a street number.
    [GeneratedRegex(@"\G(?:[-–][0-9]+)?(?:\s+(?:\p{Lu}\p{L}*|[0-9]+(?:st|nd|rd|th))){0,3}\s+(?:St|Street|Rd|Road|Ave|Avenue|Way|Lane|Ln|Drive|Dr|Boulevard|Blvd|Place|Pl|Court|Ct|Terrace|Square|Sq|Highway|Hwy)\b(?!\s+[0-9])")]
    private static partial Regex StreetAfter();

    /// <summary>"minus 387", "minus-5 yards", "$-50.8bn": a negative amount.</summary>
    private static Quantity Signed(string text, Quantity q, TextSpan range)
    {
        int n = q.NumberSpan.Start;
        int from = Math.Max(range.Start, n - 8);
        Match m = MinusBefore().Match(text, from, n - from);
        if (!q.IsAmount || q.IsRange || !m.Success)
        {
            return q;
        }

        var span = new TextSpan(Math.Min(q.Span.Start, m.Index), q.Span.End);
        return q with { Value = -q.Value, Span = span, Text = span.Slice(text) };
    }

    [GeneratedRegex(@"(?:\bminus[\s-]?|(?<=[$€£¥])-)$", RegexOptions.IgnoreCase)]
    private static partial Regex MinusBefore();

    // "each one", "the same one", "no one", "one another": "one" as a pronoun.
    private static bool IsPronounOne(string text, int start, int end, TextSpan range) =>
        text.AsSpan(start, end - start).Equals("one", StringComparison.Ordinal)
        && (Before(text, start, range, PronounOneBefore()) || After(text, end, range, PronounOneAfter()));

    [GeneratedRegex(@"\b(?:each|same|this|that|which|every|any|no|another|the|only|last|first|new|right|wrong|little|big|good)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PronounOneBefore();

    [GeneratedRegex(@"\G\s+(?:(?:another|they|we|you|he|she|it|who|that|which|across|at|in)\b|[0-9])")]
    private static partial Regex PronounOneAfter();

    // A capitalized word just before: "BBC One", "Channel Four" are names (not at the start of a sentence).
    [GeneratedRegex(@"(?<![.:!?]\s*)\b\p{Lu}[\p{L}]*\s+$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"\G\s+out\s+of\s+(?<n>[0-9]+|" + Simple + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfAfter();

    [GeneratedRegex(@"\G[/⁄](?<d>[0-9]+)(?=\s+of\b)")]
    private static partial Regex DigitFractionAfter();

    private static double Number(string s) =>
        double.Parse(s.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    // "4 hundred million": each scale word multiplies.
    private static double ScaleOf(Match scale) =>
        scale.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Aggregate(1.0, (v, w) => v * (NumberWords.Scale(w) ?? 1));

    // "rose from 100 to 150", "increased by $43.6 billion to $419.2 billion": the level reached, not a range.
    private static bool IsChangeTo(string text, int start, TextSpan range, Match rangeMatch) =>
        rangeMatch.Groups["to"].Success
        && (Before(text, start, range, ChangeFromBefore()) || rangeMatch.Groups["cur"].Success && DirectionReader.Read(text, start, range.Start) != QuantityDirection.None);

    // "5-10W" and "0 to 80km/h" are ranges with a unit glued to the second end; "3-2nd" is not.
    private static bool GluedToNonUnit(string text, Match rangeMatch, TextSpan range)
    {
        int end = rangeMatch.Index + rangeMatch.Length;
        return end < range.End && char.IsLetter(text[end]) && ReadUnit(text, end, end, range).Kind == QuantityKind.Count;
    }

    /// <summary>"… to 1.5 per cent", "… and 6%" after a quantity with <paramref name="unit"/>: the upper end and where it ends.</summary>
    private static (double High, int End)? UnitRangeTail(string text, int start, int unitEnd, TextSpan range, string unit)
    {
        Match m = UnitRangeAfter().Match(text, unitEnd, range.End - unitEnd);
        if (!m.Success || (m.Groups["and"].Success && !Before(text, start, range, BetweenBefore()))
            || (m.Groups["to"].Success && DirectionReader.Read(text, start, range.Start) != QuantityDirection.None))
        {
            return null;
        }

        int nEnd = m.Index + m.Length;
        double high = Number(m.Groups["n"].Value) * (m.Groups["s"].Success ? NumberWords.Scale(m.Groups["s"].Value) ?? 1 : 1);
        (_, string? tailUnit, _, int end) = ReadUnit(text, nEnd, nEnd, range);
        return tailUnit == unit ? (high, end) : null;
    }

    [GeneratedRegex(@"\G(?:\s*[-–]\s*|(?<to>\s+to\s+)|(?<and>\s+and\s+))(?<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![\p{N}])(?:\s*(?<s>million|billion|thousand)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex UnitRangeAfter();

    [GeneratedRegex(CandidatePattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CandidateRegex();

    [GeneratedRegex(@"[\p{L}]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"\G\s+([\p{L}][\p{L}'’-]*)")]
    private static partial Regex NextWord();

    private static readonly Regex IdentifierBeforePattern = new(
        @"(?:\b(?:" + string.Join('|', Lexicon.Words("Numbers/identifier-labels.txt")) + @")\.?\s*|\bno\.\s*|\b(?:floors?|rooms?|pages?|chapters?|sections?|articles?|episodes?|seasons?|gates?|platforms?|routes?|highways?|exits?|channels?|levels?|category)\s+|[#№]\s*)$", RegexOptions.Compiled);

    private static Regex IdentifierBefore() => IdentifierBeforePattern;

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:the\s+)?$")]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"\G(?:st|nd|rd|th)?(?:\s+of)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?(?:,?\s+[0-9]{4}\b)?")]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\G(?:st|nd|rd|th)?,?\s+[0-9]{4}\b")]
    private static partial Regex YearAfterDay();

    [GeneratedRegex(@"\G(?:[-–/][0-9]{2,4}\b)")]
    private static partial Regex YearRangeAfter();

    [GeneratedRegex(@"\G\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock|GMT\b|UTC\b|BST\b|CET\b|EST\b|EDT\b|local\s+time\b)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeAfter();

    [GeneratedRegex(@"\G(?:[-‑](?:year|month|week|day)s?[-‑]old\b|\s+(?:years?|months?)\s+old\b|\s*,\s*(?:years?\s+old)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeAfter();

    [GeneratedRegex(@"\b(?:aged|age|ages)(?:\s+of)?(?:\s+between)?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    // "72 million", "$132-million ransom" (the scale joined by a hyphen when the amount modifies a noun).
    [GeneratedRegex(@"\G(?:\s*|-)((?:hundred\s+)?(?:million|billion|trillion|thousand)|hundred)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScaleAfter();

    [GeneratedRegex(@"\G(?:\s*[-–—]\s*|(?<to>\s+to\s+)|(?<or>\s+or\s+))(?<cur>[$€£¥])?(?<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![\p{N}])(?:\s*(?<s>million|billion|thousand)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex RangeAfter();

    [GeneratedRegex(@"\G\s+and\s+[$€£¥]?(?<n>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex AndAfter();

    // "rose from 100 to 150" is a change between two figures, not a range; "anywhere from 1.5 to 8" is a range.
    [GeneratedRegex(@"\b(?:rose|risen|rises|rising|increased?|increases|increasing|fell|fallen|falls|falling|dropped|drops|dropping|declined?|declining|jumped|jumps|climbed|climbs|grew|grown|grows|raised|raises|lowered|cut|cuts|reduced|reduces|went|gone|doubled|tripled|changed|moved|revised|boosted|slashed|soared|surged|plunged|dipped|slipped|up|down)\b[^.;]{0,25}\bfrom\s+[$€£¥]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeFromBefore();

    [GeneratedRegex(@"\G(?:\s*[-–]\s*|\s+(?:through|thru|to|and)\s+)[0-9]+(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex LabelRangeAfter();

    [GeneratedRegex(@"\G(?:\s*[-–—]\s*|\s+(?:to|and|or)\s+)[0-9]{1,3}(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex AgeTail();

    [GeneratedRegex(@"\G(?:\s+or\s+|\s+to\s+|[-–])(?<n>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+|" + Simple + @")\b(?!\s*(?:percent|per\s+cent|%))", RegexOptions.IgnoreCase)]
    private static partial Regex WordRangeAfter();

    [GeneratedRegex(@"\G\s+of\s+(?:(?<usd>dollars)|(?<eur>euros)|(?<gbp>pounds)|(?<rub>r[ou]+bles))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueMoneyAfter();

    [GeneratedRegex(@"\bbetween\s+[$€£¥]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();
}
