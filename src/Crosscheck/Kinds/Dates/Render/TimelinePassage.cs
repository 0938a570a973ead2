using Crosscheck.Annotation;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Model;
using Crosscheck.Reporting;

namespace Crosscheck.Kinds.Dates.Render;

/// <summary>
/// The words a timeline entry shows: the sentence around the date, whole (a long sentence cut to the clauses
/// nearest the date, at clause breaks, never inside a clause), with the date apart so that a renderer can
/// highlight it. "…" marks where words of the sentence were left out.
/// </summary>
/// <param name="Before">The words before the date, from a sentence or clause start.</param>
/// <param name="Date">The date as written.</param>
/// <param name="After">The words after the date, to a clause or sentence end.</param>
public sealed record TimelinePassage(string Before, string Date, string After)
{
    /// <summary>The passage as plain text.</summary>
    public string Text => Before + Date + After;
}

/// <summary>Finds the <see cref="TimelinePassage"/> of a date in its document (sentences split once per document).</summary>
public sealed class TimelinePassages
{
    /// <summary>A sentence longer than this is cut to the clauses around the date.</summary>
    public const int MaxLength = 220;

    private readonly Dictionary<string, ReportDocument> _docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Sentence>> _sentences = new(StringComparer.Ordinal);

    public TimelinePassages(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        foreach (ReportDocument d in report.Documents)
        {
            _docs.TryAdd(d.File, d);
        }
    }

    /// <summary>The passage of the entry's first source; null when its document or span is unknown.</summary>
    public TimelinePassage? Of(ReportTimelineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Sources.Count == 0 ? null : Of(entry.Sources[0]);
    }

    /// <summary>The passage around one dated mention.</summary>
    public TimelinePassage? Of(ReportDateRef date)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (!_docs.TryGetValue(date.Doc, out ReportDocument? d) || date.Start < 0 || date.End > d.Text.Length || date.Start >= date.End)
        {
            return null;
        }

        if (!_sentences.TryGetValue(date.Doc, out IReadOnlyList<Sentence>? sentences))
        {
            sentences = SentenceSplitter.Split(d.Text);
            _sentences[date.Doc] = sentences;
        }

        Sentence? sentence = sentences.FirstOrDefault(s => s.Span.Start <= date.Start && date.End <= s.Span.End);
        int from = sentence?.Span.Start ?? date.Start, to = sentence?.Span.End ?? date.End;
        return Cut(d.Text, from, to, date.Start, date.End);
    }

    /// <summary>Cuts the sentence [from, to) to whole clauses around the date [start, end) when it is longer than <see cref="MaxLength"/>.</summary>
    public static TimelinePassage Cut(string text, int from, int to, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        int a = from, b = to;
        if (to - from > MaxLength)
        {
            // The clause holding the date, then the clauses on either side while the passage stays short.
            a = ClauseStart(text, from, start);
            b = ClauseEnd(text, end, to);
            while (true)
            {
                int left = a > from ? ClauseStart(text, from, a - 1) : a;
                int right = b < to ? ClauseEnd(text, b + 1, to) : b;
                bool grewRight = right > b && right - a <= MaxLength;
                if (grewRight)
                {
                    b = right; // words after the date first: that is where the event usually is
                }

                bool grewLeft = left < a && b - left <= MaxLength;
                if (grewLeft)
                {
                    a = left;
                }

                if (!grewLeft && !grewRight)
                {
                    break;
                }
            }
        }

        string before = text[a..start].TrimStart(), after = text[end..b].TrimEnd();
        before = (a > from ? "…" : string.Empty) + before.ReplaceLineEndings(" ");
        after = after.ReplaceLineEndings(" ") + (b < to ? "…" : string.Empty);
        return new TimelinePassage(before, text[start..end], after);
    }

    // The start of the clause holding position: just after the nearest clause break before it (or the sentence start).
    private static int ClauseStart(string text, int from, int position)
    {
        int i = position;
        while (i > from && !IsBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    // The end of the clause holding position: just after its clause break (or the sentence end).
    private static int ClauseEnd(string text, int position, int to)
    {
        int i = position;
        while (i < to && !IsBreak(text[i]))
        {
            i++;
        }

        return Math.Min(i + 1, to);
    }

    private static bool IsBreak(char c) => c is ',' or ';' or ':' or '—' or '–' or '(' or ')';
}
