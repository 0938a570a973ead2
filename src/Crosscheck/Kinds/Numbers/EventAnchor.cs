using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Says whether a number belongs to the event the document is about or to another one, and names the other
/// event ("attack, 2021"). A number is another event's when its clause is anchored to an earlier year
/// ("In 1999, …", "in August 2021"), when the sentence points to an earlier or different event
/// ("beforehand", "years ago", "last year", "a previous attack", "killed in a … operation"), or when the sentence uses the
/// main event only as a time frame for something else ("On the morning of this attack, X was bombing …").
/// </summary>
internal static partial class EventAnchor
{
    /// <summary>The event of a number: (true, null) for the main event, else (false, description).</summary>
    /// <param name="referenceYear">The year of the document's reference date, or null.</param>
    /// <param name="latestYear">The latest year the document mentions, used when there is no reference date.</param>
    public static (bool IsMain, string? Event) Resolve(
        string text, Sentence sentence, Quantity q, IReadOnlyList<Quantity> sentenceQuantities, int? referenceYear, int? latestYear)
    {
        (int Year, bool Bare, int Position)? anchor = FindYearAnchor(text, sentence, q, sentenceQuantities);
        if (anchor is { } a)
        {
            bool earlier = referenceYear is { } ry ? a.Year < ry
                : latestYear is { } ly ? a.Year < ly || (a.Bare && a.Year == ly)
                : a.Bare;
            if (earlier)
            {
                return (false, Describe(sentence, q, a.Year));
            }
        }

        string before = text[sentence.Span.Start..q.Span.Start];
        string whole = sentence.Text;
        if (OtherEventCue().IsMatch(whole) || InOperation().IsMatch(text.AsSpan(q.Span.End, Math.Min(80, sentence.Span.End - q.Span.End))))
        {
            return (false, Describe(sentence, q, null));
        }

        Match frame = MainEventAsFrame().Match(before);
        if (frame.Success)
        {
            return (false, Describe(sentence, q, null, sentence.Span.Start + frame.Index + frame.Length));
        }

        return (true, null);
    }

    private static (int Year, bool Bare, int Position)? FindYearAnchor(string text, Sentence sentence, Quantity q, IReadOnlyList<Quantity> quantities)
    {
        (int Year, bool Bare, int Position)? best = null;
        foreach (Quantity y in quantities)
        {
            if (y.Kind is not (QuantityKind.Year or QuantityKind.Date or QuantityKind.Decade))
            {
                continue;
            }

            int year = y.Kind == QuantityKind.Date ? YearIn(y.Text) ?? 0 : (int)y.Value;
            if (year == 0)
            {
                continue;
            }

            int from = Math.Max(sentence.Span.Start, y.Span.Start - 40);
            string lead = text[from..y.Span.Start];
            Match prep = AnchorPreposition().Match(lead);
            bool sentenceInitial = string.IsNullOrWhiteSpace(text[sentence.Span.Start..y.Span.Start]);
            if (!prep.Success && !sentenceInitial)
            {
                continue;
            }

            bool bare = y.Kind is QuantityKind.Year or QuantityKind.Decade && !prep.Groups["month"].Success;
            if (y.Span.End <= q.Span.Start)
            {
                string between = text[y.Span.End..q.Span.Start];
                if (!between.Contains(';', StringComparison.Ordinal))
                {
                    best = (year, bare, y.Span.Start);
                }
            }
            else if (best is null && y.Span.Start >= q.Span.End)
            {
                string between = text[q.Span.End..y.Span.Start];
                if (between.Length < 80 && !Comparative().IsMatch(between) && !between.Contains(';', StringComparison.Ordinal))
                {
                    best = (year, bare, y.Span.Start);
                }
            }
        }

        return best;
    }

    private static int? YearIn(string s)
    {
        Match m = FourDigits().Match(s);
        return m.Success ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>"attack, 2021": the event word nearest the number (before it first), and the year.</summary>
    private static string Describe(Sentence sentence, Quantity q, int? year, int after = -1)
    {
        string? noun = null;
        int bestDistance = int.MaxValue;
        foreach (Token t in sentence.Tokens)
        {
            if (t.Kind != TokenKind.Word || t.Span.Start < after || !EventLexicon.IsEvent(t.Text))
            {
                continue;
            }

            // Words before the number are preferred: a following event word counts double distance.
            int distance = t.Span.End <= q.Span.Start ? q.Span.Start - t.Span.End : 2 * (t.Span.Start - q.Span.End);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                noun = t.Text.ToLowerInvariant();
            }
        }

        noun ??= "other event";
        return year is { } y ? $"{noun}, {y}" : noun;
    }

    [GeneratedRegex(@"\b(?:in|In|during|During|of|on|On|By\s+the\s+end\s+of)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?(?<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$")]
    private static partial Regex AnchorPreposition();

    [GeneratedRegex(@"\b(?:since|than|worst|deadliest|largest|biggest|first|last)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Comparative();

    [GeneratedRegex(@"\b(?:beforehand|previously|in\s+the\s+past|last\s+year|the\s+(?:previous|prior)\s+year|a\s+year\s+(?:earlier|before)|(?:days|weeks|months|years|decades)\s+(?:ago|before|earlier|prior)|(?:a|one|two|three|several|a\s+few)\s+(?:day|week|month|year|decade)s?\s+(?:ago|before|earlier)|(?:an?|the)\s+(?:earlier|previous|prior|similar|separate|unrelated)\s+(?:\w+\s+)?(?:attack|attacks|bombing|bombings|shooting|shootings|raid|raids|strike|strikes|massacre|siege|operation|incident|blast|explosion))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherEventCue();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:in|during)\s+an?\s+(?:[\p{L}-]+\s+){0,3}(?:operation|raid|raids|clash|clashes|airstrike|airstrikes|shootout|crackdown|sweep)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InOperation();

    [GeneratedRegex(@"\b(?:(?:on|in|during)\s+the\s+(?:morning|afternoon|evening|night|day|eve|hours?|days?|week)\s+(?:of|before|after|following)\s+(?:this|the|that)\s+[\p{L}-]+|at\s+the\s+same\s+time|meanwhile|elsewhere|separately)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MainEventAsFrame();

    [GeneratedRegex(@"\b[0-9]{4}\b")]
    private static partial Regex FourDigits();
}
