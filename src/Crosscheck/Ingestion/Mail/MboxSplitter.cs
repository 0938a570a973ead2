using System.Text;
using System.Text.RegularExpressions;

namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// Splits an mbox archive into messages at "From " separator lines: a line with the sender and a
/// date-time ("From a@b Mon Mar 25 08:00:00 2024"), or a "From " line after a blank line followed by a header and undoes ">From " quoting in the bodies.
/// </summary>
internal static partial class MboxSplitter
{
    public static IReadOnlyList<string> Split(string mbox)
    {
        var messages = new List<string>();
        StringBuilder? current = null;
        bool previousBlank = true;
        int pos = 0;
        while (pos < mbox.Length)
        {
            int nl = mbox.IndexOf('\n', pos);
            int next = nl < 0 ? mbox.Length : nl + 1;
            string line = mbox[pos..next];
            if (line.StartsWith("From ", StringComparison.Ordinal) && (Postmark().IsMatch(line) || (previousBlank && NextIsHeader(mbox, next))))
            {
                if (current is not null)
                {
                    messages.Add(current.ToString());
                }

                current = new StringBuilder();
            }
            else if (current is not null)
            {
                current.Append(IsQuotedFrom(line) ? line[1..] : line);
            }

            previousBlank = line.TrimEnd('\r', '\n').Length == 0;
            pos = next;
        }

        if (current is not null)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    private static bool NextIsHeader(string mbox, int start)
    {
        int nl = mbox.IndexOf('\n', start);
        return HeaderLine().IsMatch(mbox[start..(nl < 0 ? mbox.Length : nl)]);
    }

    private static bool IsQuotedFrom(string line)
    {
        int i = 0;
        while (i < line.Length && line[i] == '>')
        {
            i++;
        }

        return i > 0 && string.CompareOrdinal(line, i, "From ", 0, 5) == 0;
    }

    /// <summary>The separator line mbox writers produce: "From sender@host Mon Mar 25 08:00:00 2024".</summary>
    [GeneratedRegex(@"^From \S+ +.*\d{1,2}:\d{2}.*\d{4}\s*$")]
    private static partial Regex Postmark();

    [GeneratedRegex(@"^[!-9;-~]+:")]
    private static partial Regex HeaderLine();
}
