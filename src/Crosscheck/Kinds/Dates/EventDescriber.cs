using System.Text;
using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Describes what happened on a date: the clause of the sentence around the date expression, without the
/// expression and its preposition, trimmed to a few words near the date.
/// </summary>
internal static partial class EventDescriber
{
    public const int MaxWords = 12;
    private const int MinWords = 6;

    public static string? Describe(AnnotatedDocument document, TextSpan span)
    {
        Sentence? sentence = document.SentenceAt(span.Start);
        if (sentence is null)
        {
            return null;
        }

        string text = document.Text;
        int s = sentence.Span.Start, e = sentence.Span.End;

        // The clause: between the nearest clause breaks on each side of the date. A date that closes an
        // introductory phrase ("… that in August 2021, X took responsibility") describes the clause after it.
        int from = ClauseStart(text, s, span.Start);
        int to = ClauseEnd(text, span.End, e);
        if (to < e && text[to] == ',' && Words(text[span.End..to]).Count == 0
            && OpensClause().IsMatch(TrailingPreposition().Replace(text[from..span.Start], "")))
        {
            int next = ClauseEnd(text, to + 1, e);
            if (Words(text[(to + 1)..next]).Count >= MinWords)
            {
                from = span.Start; // nothing before the date
                to = next;
            }
        }
        while (WordCount(text, from, to, span) < MinWords && (to < e || from > s))
        {
            if (to < e)
            {
                to = ClauseEnd(text, Math.Min(to + 1, e), e);
            }
            else
            {
                from = ClauseStart(text, s, Math.Max(from - 1, s));
            }
        }

        string before = text[from..span.Start];
        string after = span.End < to ? text[span.End..to] : "";
        after = LeadingComma().Replace(after, "");
        if (DeterminerAtEnd().IsMatch(before))
        {
            // "in a February 2012 email": the date modifies a noun, so it stays in the phrase.
            after = text[span.Start..span.End] + after;
        }

        before = TrailingPreposition().Replace(before, "");
        after = LeadingPossessive().Replace(after, "");
        List<string> left = Words(before), right = Words(after);
        if (left.Count + right.Count == 0)
        {
            return null;
        }

        // Keep the words nearest the date, most of them after it (where the event usually is).
        int keepLeft = Math.Min(left.Count, Math.Max(MaxWords - right.Count, 3));
        int keepRight = Math.Min(right.Count, MaxWords - keepLeft);
        var sb = new StringBuilder();
        foreach (string w in left.Skip(left.Count - keepLeft).Concat(right.Take(keepRight)))
        {
            sb.Append(sb.Length > 0 ? " " : "").Append(w);
        }

        string result = sb.ToString().Trim().Trim(',', ';', ':', '—', '–', '-', '(', ')', ' ');
        int lastWord = result.LastIndexOf(' ') + 1;
        if (result.EndsWith('.') && result.IndexOf('.', lastWord) == result.Length - 1)
        {
            result = result[..^1];
        }

        return result.Length == 0 ? null : result;
    }

    private static int ClauseStart(string text, int sentenceStart, int position)
    {
        int i = position;
        while (i > sentenceStart && !IsClauseBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int ClauseEnd(string text, int position, int sentenceEnd)
    {
        int i = position;
        while (i < sentenceEnd && !IsClauseBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsClauseBreak(char c) => c is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '\n';

    private static int WordCount(string text, int from, int to, TextSpan date) =>
        Words(text[from..date.Start]).Count + (date.End < to ? Words(text[date.End..to]).Count : 0);

    private static List<string> Words(string s) =>
        [.. s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit))];

    // Nothing before the date phrase but a word that opens a clause: "that in August 2021, …", "In 2022, …".
    [GeneratedRegex(@"(?:^|\b(?i:that|and|but|because|so|yet|then))\s*$")]
    private static partial Regex OpensClause();

    [GeneratedRegex(@"^\s*,\s*")]
    private static partial Regex LeadingComma();

    [GeneratedRegex(@"\b(?i:a|an|the|his|her|its|their|this|that|our)\s+$")]
    private static partial Regex DeterminerAtEnd();

    [GeneratedRegex(@"^(?:’s|'s)\b")]
    private static partial Regex LeadingPossessive();

    [GeneratedRegex(@"\b(?i:on|in|since|by|as\s+of|until|till|from|of|at|during|through|before|after|between)\s*$")]
    private static partial Regex TrailingPreposition();
}
