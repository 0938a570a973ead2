using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Keeps a document's dates consistent with each other: the year a month and day written without one
/// take from the rest of the same document, before falling back to the reference date.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item>The same month and day written in full elsewhere in the document ("Sept. 11, 2001" … "on
/// September 11"): its year, from the nearest such date before, else the first after.</item>
/// <item>A year that frames the narration of the same paragraph: a sentence opening on "In 2013," or
/// "On Nov. 22, 2012," sets the year of the month-days that follow in that paragraph ("… on Nov. 26"),
/// until a date relative to the present (a weekday, "yesterday", "last year") or a new paragraph
/// intervenes. Only when the month-day does not fall before the framing date, nor after the reference date.</item>
/// </list>
/// An instance serves one pass over one text; it is not shared between threads.
/// </remarks>
internal sealed partial class DocumentYears
{
    private readonly string _text;
    private readonly List<TemporalCandidate> _fullDates;
    private TemporalCandidate? _frame;

    public DocumentYears(string text, IEnumerable<TemporalCandidate> chosen)
    {
        _text = text;
        _fullDates = [.. chosen.Where(c => c.Form == CandidateForm.Calendar && c.Fields.IsComplete)];
    }

    /// <summary>The year <paramref name="c"/> takes from the document, or null to infer it from the reference.</summary>
    public int? YearFor(TemporalCandidate c, PartialDate? reference, bool future)
    {
        if (c.Form != CandidateForm.Calendar || c.Relation is not null || c.Fields is not { Year: null, Month: { } month } f)
        {
            return null;
        }

        if (f.Day is { } day && SameDayWritten(c.Start, month, day) is { } year)
        {
            return year;
        }

        if (future || _frame is not { } frame || _text.AsSpan(frame.End, c.Start - frame.End).Contains('\n'))
        {
            return null;
        }

        int framed = frame.Fields.Year!.Value;
        if (frame.Fields.Month is { } fm && (month < fm || (month == fm && (f.Day ?? 31) < (frame.Fields.Day ?? 1))))
        {
            return null;
        }

        if (f.Day is { } d && d > DateTime.DaysInMonth(framed, month))
        {
            return null;
        }

        return reference is { } r && new DateOnly(framed, month, f.Day ?? 1) > r.Latest ? null : framed;
    }

    /// <summary>Updates the framing year after <paramref name="c"/> has been resolved.</summary>
    public void Observe(TemporalCandidate c, bool future)
    {
        switch (c.Form)
        {
            case CandidateForm.Calendar when c.Fields.Year is not null && c.Relation is null:
                if (!future && OpensSentence(c.Start))
                {
                    _frame = c;
                }

                break;
            case CandidateForm.Weekday or CandidateForm.RelativeDay or CandidateForm.RelativeUnit or CandidateForm.Ago:
                _frame = null;
                break;
        }
    }

    private int? SameDayWritten(int start, int month, int day)
    {
        TemporalCandidate? before = null, after = null;
        foreach (TemporalCandidate full in _fullDates)
        {
            if (full.Fields.Month != month || full.Fields.Day != day)
            {
                continue;
            }

            if (full.Start < start)
            {
                before = full;
            }
            else
            {
                after ??= full;
            }
        }

        return (before ?? after)?.Fields.Year;
    }

    /// <summary>True when only a preposition or a linking word stands between the sentence start and <paramref name="start"/>.</summary>
    private bool OpensSentence(int start)
    {
        int from = start;
        while (from > 0 && start - from < 40 && !SentenceBreaks.IsBreak(_text, from - 1))
        {
            from--;
        }

        return start - from < 40 && FramingOpener().IsMatch(_text.AsSpan(from, start - from));
    }

    [GeneratedRegex(@"^[\s""“‘'(—–-]*(?:(?:back|then|and|but|later|earlier|in|on|during|of|early|late|mid|the\s+year|the\s+night\s+of|the\s+morning\s+of|the\s+evening\s+of)[\s,-]+){0,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex FramingOpener();
}
