using System.Text.RegularExpressions;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Joins neighbouring candidates into the one expression TimeML annotates: a clock time before its day
/// ("9 a.m. Tuesday", "5 p.m. EST Nov. 9") and an edge phrase before a date ("the end of 1990",
/// "the beginning of October", "the second half of 1989").
/// </summary>
internal static partial class TemporalComposer
{
    /// <summary>Mutates the chosen candidates in place where they join; returns them in text order.</summary>
    public static List<TemporalCandidate> Compose(string text, List<TemporalCandidate> chosen)
    {
        List<TemporalCandidate> result = new(chosen.Count);
        for (int i = 0; i < chosen.Count; i++)
        {
            TemporalCandidate c = chosen[i];
            if (c.Form == CandidateForm.Clock && i + 1 < chosen.Count && chosen[i + 1] is { } day
                && (day.Form == CandidateForm.Weekday && day.PartOfDay is null || day.Form == CandidateForm.Calendar && day.Fields.Day is not null)
                && day.Clock is null
                && ClockToDay().IsMatch(text.AsSpan(c.End, day.Start - c.End)))
            {
                day.Start = c.Start;
                day.Clock = c.Clock;
                result.Add(day);
                i++;
                continue;
            }

            if (c.Form == CandidateForm.Calendar && c.Fields is { Year: null, Month: not null, Day: null } && c.Relation is null
                && i + 1 < chosen.Count && chosen[i + 1] is { Form: CandidateForm.RelativeUnit, Unit: "year", Mod: null } year
                && year.Relation is "last" or "this" or "next" && Blank().IsMatch(text.AsSpan(c.End, year.Start - c.End)))
            {
                // "June last year": the month of the year named after it.
                result.Add(new TemporalCandidate { Start = c.Start, End = year.End, Form = c.Form, Order = c.Order, Fields = c.Fields, Relation = year.Relation, RelativeYear = true });
                i++;
                continue;
            }

            result.Add(Season(text, Edge(text, c)));
        }

        return result;
    }

    /// <summary>A calendar year or month with "the end of", "the beginning of", "the first half of" before it takes the phrase.</summary>
    private static TemporalCandidate Edge(string text, TemporalCandidate c)
    {
        if (c.Form is not (CandidateForm.Calendar or CandidateForm.Decade) || c.Fields.Day is not null || c.Start == 0)
        {
            return c;
        }

        int from = Math.Max(0, c.Start - 40);
        Match m = EdgeBefore().Match(text, from, c.Start - from);
        if (!m.Success)
        {
            return c;
        }

        string w = m.Groups["w"].Value.ToLowerInvariant();
        if (w.EndsWith("half", StringComparison.Ordinal))
        {
            if (c.Form != CandidateForm.Calendar || c.Fields.Month is not null)
            {
                return c;
            }

            return new TemporalCandidate
            {
                Start = m.Index,
                End = c.End,
                Form = CandidateForm.Quarter,
                Order = c.Order,
                Unit = "half",
                Count = w.StartsWith("first", StringComparison.Ordinal) ? 1 : 2,
                Fields = c.Fields,
            };
        }

        c.Start = m.Index;
        c.Mod = w switch { "middle" => "MID", "end" or "close" => "END", _ => "START" };
        return c;
    }

    /// <summary>"the winter of 1994": a year with a season before it becomes that season of the year.</summary>
    private static TemporalCandidate Season(string text, TemporalCandidate c)
    {
        if (c.Form != CandidateForm.Calendar || c.Fields is not { Year: not null, Month: null } || c.Start == 0)
        {
            return c;
        }

        int from = Math.Max(0, c.Start - 30);
        Match m = SeasonBefore().Match(text, from, c.Start - from);
        if (!m.Success)
        {
            return c;
        }

        c.Start = m.Index;
        c.Unit = m.Groups["s"].Value.ToLowerInvariant();
        return c;
    }

    [GeneratedRegex(@"^\s+$")]
    private static partial Regex Blank();

    [GeneratedRegex(@"\b(?:(?i:the)\s+)?(?<s>(?i:winter|summer|spring|fall|autumn))\s+of\s+$")]
    private static partial Regex SeasonBefore();

    [GeneratedRegex(@"^\s*(?:(?:[ECMP][SD]T|GMT|UTC)\b\s*)?,?\s*(?:on\s+)?$")]
    private static partial Regex ClockToDay();

    [GeneratedRegex(@"\b(?i:the)\s+(?i:very\s+)?(?<w>(?i:end|beginning|start|middle|close|first\s+half|second\s+half|last\s+half|latter\s+half))\s+of\s+$")]
    private static partial Regex EdgeBefore();
}
