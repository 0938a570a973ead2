using System.Globalization;

namespace Crosscheck.Model;

/// <summary>
/// How a reader names a document: its outlet, title and date ("Harbour Times, ‘Title…’, 23 Mar 2024"), the
/// outlet and first words of the article when it has no title. The file name is the last resort, for a document with
/// no outlet, title, date or text. <c>Reporting/DocLabels</c> names every document of a report with it; the set
/// analyzers that write sentences about documents (number verdicts) call it directly, since they come before the report.
/// </summary>
public static class DocumentNames
{
    private const int TitleLength = 60;
    private const int FirstWords = 8;
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>The name of a cleaned document.</summary>
    public static string Of(Document d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return Of(d.Outlet, d.Title, d.Published?.ToString(), d.PublishedInferred, d.Text, d.BodyStart, d.File);
    }

    /// <summary>"Outlet, ‘Title…’, 23 Mar 2024" from the parts a document has; <paramref name="published"/> as the report writes it (2024-03-23, 2024-03, 2024).</summary>
    public static string Of(string? outlet, string? title, string? published, bool publishedInferred, string? text, int bodyStart, string file)
    {
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(outlet))
        {
            parts.Add(Flat(outlet));
        }

        string? head = !string.IsNullOrWhiteSpace(title) ? Shorten(Flat(title), TitleLength) : OpeningWords(text, bodyStart);
        if (head is not null)
        {
            parts.Add($"‘{head}’");
        }

        if (ReadableDate(published) is { } date)
        {
            parts.Add(publishedInferred ? $"about {date}" : date);
        }

        return parts.Count == 0 ? file : string.Join(", ", parts);
    }

    /// <summary>"2024-03-23" → "23 Mar 2024", "2024-03" → "Mar 2024", "2024" → "2024"; anything else as written; null for none.</summary>
    public static string? ReadableDate(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso))
        {
            return null;
        }

        string[] p = iso.Trim().Split('-');
        bool ok = p[0].Length == 4 && int.TryParse(p[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
        int month = 0, day = 0;
        ok = ok && (p.Length < 2 || (int.TryParse(p[1], NumberStyles.None, CultureInfo.InvariantCulture, out month) && month is >= 1 and <= 12));
        ok = ok && (p.Length < 3 || (int.TryParse(p[2], NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31));
        return !ok || p.Length > 3 ? iso.Trim() : p.Length switch
        {
            1 => p[0],
            2 => $"{Months[month - 1]} {p[0]}",
            _ => string.Create(CultureInfo.InvariantCulture, $"{day} {Months[month - 1]} {p[0]}"),
        };
    }

    // The first words of the body (of the whole text when the body is empty), ending with "…" when cut.
    private static string? OpeningWords(string? text, int bodyStart)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Read only as far as the words needed (never a copy of the text: a long document is named once per finding).
        int start = bodyStart > 0 && bodyStart < text.Length && !text.AsSpan(bodyStart).IsWhiteSpace() ? bodyStart : 0;
        var words = new List<string>(FirstWords + 1);
        int i = start;
        while (words.Count <= FirstWords && i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int from = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > from)
            {
                words.Add(text[from..i]);
            }
        }

        if (words.Count == 0)
        {
            return null;
        }

        string first = string.Join(' ', words.Take(FirstWords));
        return Shorten(words.Count > FirstWords ? first.TrimEnd(',', ';', ':', '.') + "…" : first, TitleLength);
    }

    private static string Flat(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string s, int max) =>
        s.Length <= max ? s : string.Concat(TextCut.Prefix(s, max - 1).TrimEnd(), "…");
}
