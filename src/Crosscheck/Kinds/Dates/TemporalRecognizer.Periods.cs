using System.Text.RegularExpressions;

namespace Crosscheck.Kinds.Dates;

/// <summary>The builders of fuzzy references, quarters and halves, and years written alone.</summary>
public static partial class TemporalRecognizer
{
    private static TemporalCandidate Fuzzy(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string value = m.Groups["present"].Success ? "PRESENT_REF" : m.Groups["past"].Success ? "PAST_REF" : "FUTURE_REF";
        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.Fuzzy, Order = order, Period = value };
    }

    /// <summary>A quarter or half of a year; null for a fraction ("a quarter of") or a "period" that names no time.</summary>
    private static TemporalCandidate? Quarter(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        Group ord = m.Groups["ord"], unit = m.Groups["unit"], the = m.Groups["the"];
        bool ago = m.Groups["ago"].Success;
        int? year = IntOf(m.Groups["year"]) ?? IntOf(m.Groups["year2"]);
        bool modified = ago || year is not null || m.Groups["latest"].Success || m.Groups["current"].Success || m.Groups["rel"].Success;
        string u = unit.Success ? unit.Value.ToLowerInvariant() : "quarter";
        int? index = ord.Success ? char.ToLowerInvariant(ord.Value[0]) switch { 'f' when ord.Value.StartsWith("fo", StringComparison.OrdinalIgnoreCase) => 4, 'f' or '1' => 1, 's' or '2' => 2, 't' or '3' => 3, _ => 4 } : null;
        bool valid = u switch
        {
            "half" => index is 1 or 2,
            "period" => modified,
            _ when !unit.Success => ago,
            _ => index is not null || modified || (the.Success && char.IsLower(unit.Value[0])),
        };
        if (!valid || year is < 1000 or > 2100)
        {
            return null;
        }

        int shift = m.Groups["rel"].Value.ToLowerInvariant() switch { "last" => -1, "next" => 1, _ => 0 };
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Quarter,
            Order = order,
            Unit = u == "half" ? "half" : "quarter",
            Count = index,
            Fields = new DateFields(year, null, null),
            Relation = m.Groups["current"].Success ? "current" : m.Groups["rel"].Success ? "year" : null,
            YearShift = shift - (ago ? 1 : 0),
        };
    }

    /// <summary>A year alone: "1990", "fiscal 1989" (the span takes "fiscal").</summary>
    private static TemporalCandidate? BareYear(Match m, int order)
    {
        if (Calendar(m, order) is not { } c)
        {
            return null;
        }

        Group fy = m.Groups["fy"];
        return fy.Success
            ? new TemporalCandidate { Start = fy.Index, End = c.End, Form = c.Form, Order = order, Fields = c.Fields }
            : c;
    }

    private static TemporalCandidate TheWeekend(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.RelativeUnit, Order = order, Relation = "the", Unit = "weekend" };
    }

    /// <summary>A year in words, with the month before it when written.</summary>
    private static TemporalCandidate? SpelledYear(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string words = Regex.Replace(m.Groups["sy"].Value.ToLowerInvariant(), @"[\s-]+", " ");
        int? year;
        if (words.StartsWith("two thousand", StringComparison.Ordinal))
        {
            string rest = words["two thousand".Length..].Replace("and", "", StringComparison.Ordinal).Trim();
            year = rest.Length == 0 ? 2000 : 2000 + CalendarWords.Number(rest);
        }
        else
        {
            string rest = words["nineteen".Length..].Replace("hundred", "", StringComparison.Ordinal).Replace("and", "", StringComparison.Ordinal).Trim();
            year = 1900 + CalendarWords.Number(rest);
        }

        if (year is null)
        {
            return null;
        }

        Group mon = m.Groups["mon"];
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Calendar,
            Order = order,
            Fields = new DateFields(year, mon.Success ? CalendarWords.Month(mon.Value) : null, null),
        };
    }

    /// <summary>An ordinal century ("the 20th century" → "19") or a decade in words ("the nineties" → "199").</summary>
    private static TemporalCandidate? Century(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string period;
        if (m.Groups["decade"].Success)
        {
            string d = m.Groups["decade"].Value.ToLowerInvariant();
            int tens = Array.IndexOf(["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], d) + 2;
            period = "19" + tens.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            int? n = IntOf(m.Groups["ord"]) ?? m.Groups["word"].Value.ToLowerInvariant() switch
            {
                "eleventh" => 11, "twelfth" => 12, "thirteenth" => 13, "fourteenth" => 14, "fifteenth" => 15, "sixteenth" => 16,
                "seventeenth" => 17, "eighteenth" => 18, "nineteenth" => 19, "twentieth" => 20, "twenty-first" => 21, _ => null,
            };
            if (n is not (>= 1 and <= 21))
            {
                return null;
            }

            period = (n.Value - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
        }

        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.Decade, Order = order, Period = period };
    }

    private static TemporalCandidate AnchoredUnit(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string w = m.Groups["w"].Value.ToLowerInvariant();
        int offset = w.Contains("following", StringComparison.Ordinal) ? 1 : w.Contains("previous", StringComparison.Ordinal) || w.Contains("preceding", StringComparison.Ordinal) ? -1 : 0;
        return new TemporalCandidate { Start = start, End = end, Form = CandidateForm.Anchored, Order = order, Unit = m.Groups["unit"].Value.ToLowerInvariant(), Count = offset };
    }

    /// <summary>A holiday as a month and day (fixed ones) or as a rule resolved once the year is known.</summary>
    private static TemporalCandidate Holiday(Match m, int order)
    {
        var (start, end) = SpanOf(m);
        string h = Regex.Replace(m.Groups["h"].Value.ToLowerInvariant(), @"\s+", " ").Replace('’', '\'');
        (int month, int day) = h switch
        {
            "christmas eve" => (12, 24),
            var x when x.StartsWith("christmas", StringComparison.Ordinal) => (12, 25),
            "new year's eve" => (12, 31),
            "new year's day" => (1, 1),
            "independence day" => (7, 4),
            "valentine's day" => (2, 14),
            "halloween" => (10, 31),
            "labor day" => (9, 0),
            "memorial day" => (5, 0),
            _ => (11, 0),
        };
        string? rel = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
        return new TemporalCandidate
        {
            Start = start,
            End = end,
            Form = CandidateForm.Holiday,
            Order = order,
            Fields = new DateFields(null, month, day == 0 ? null : day),
            Unit = h,
            Relation = rel,
        };
    }
}
