using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// What a mail adds around the text it carries, in e-mail documents only: quoted reply lines ("&gt; …") and the
/// "On …, … wrote:" line that opens them, the message below an "-----Original Message-----" line, a signature (from a "-- " line), a list footer (a line of underscores
/// followed by "… mailing list", a listinfo or unsubscribe line) and the header lines of a forwarded message. A
/// signature or footer runs to the end of the text or to the next forwarded message, whose text is kept.
/// </summary>
internal sealed partial class MailTailRule : IChromeRule
{
    public void Apply(CleaningContext context)
    {
        if (context.Source.Format != SourceFormat.Email)
        {
            return;
        }

        IReadOnlyList<SourceLine> lines = context.Lines;
        string? tail = null;
        for (int i = 0; i < lines.Count; i++)
        {
            string text = lines[i].Text;
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (ForwardMarker().IsMatch(text))
            {
                tail = null;
                context.Mark(i, LineRole.Chrome, "forwarded message marker");
                for (int k = i + 1; k < lines.Count && (lines[k].IsBlank || ForwardHeader().IsMatch(lines[k].Text)); k++)
                {
                    if (!lines[k].IsBlank)
                    {
                        context.Mark(k, LineRole.Chrome, "forwarded message header");
                    }

                    i = k;
                }

                continue;
            }

            if (tail is null && OriginalMarker().IsMatch(text))
            {
                tail = "quoted reply";
            }
            else if (tail is null && text == "--")
            {
                tail = "mail signature";
            }
            else if (tail is null && IsListFooter(lines, i))
            {
                tail = "mailing list footer";
            }

            if (tail is not null)
            {
                context.Mark(i, LineRole.Chrome, tail);
            }
            else if (text.StartsWith('>') || (text.EndsWith("wrote:", StringComparison.OrdinalIgnoreCase) && NextContent(lines, i)?.StartsWith('>') == true))
            {
                context.Mark(i, LineRole.Chrome, "quoted reply");
            }
        }
    }

    /// <summary>A line of underscores (or dashes) whose next line names a mailing list or how to leave it.</summary>
    private static bool IsListFooter(IReadOnlyList<SourceLine> lines, int i) =>
        lines[i].Text.Length >= 10 && lines[i].Text.All(c => c is '_' or '-')
        && NextContent(lines, i) is string next && ListLine().IsMatch(next);

    private static string? NextContent(IReadOnlyList<SourceLine> lines, int i)
    {
        for (int k = i + 1; k < lines.Count; k++)
        {
            if (!lines[k].IsBlank)
            {
                return lines[k].Text;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:-{3,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré)\s*-{3,}|Begin forwarded message:)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardMarker();

    /// <summary>The line above the message replied to, quoted without "&gt;" (Outlook and others): the rest is the reply's quote.</summary>
    [GeneratedRegex(@"^-{3,}\s*Original Message\s*-{3,}$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginalMarker();

    [GeneratedRegex(@"^(?:From|Date|Sent|Subject|To|Cc|Reply-To|Von|Datum|Betreff|An|De|Envoyé|Objet|À)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardHeader();

    [GeneratedRegex(@"mailing list$|/listinfo/|unsubscribe", RegexOptions.IgnoreCase)]
    private static partial Regex ListLine();
}
