namespace Crosscheck.Ingestion.Csv;

/// <summary>
/// The columns of a CSV header that the reader uses. A header qualifies when one column is named
/// text, body, content or articleBody (case and separators ignored).
/// </summary>
internal sealed record CsvHeader(char Delimiter, int Text, int? Id, int? Title, int? Author, int? Published, int? Url, int? Outlet)
{
    private static readonly string[] TextNames = ["text", "body", "content", "articlebody", "articletext", "fulltext"];
    private static readonly string[] IdNames = ["bodyid", "id", "articleid", "docid", "documentid"];
    private static readonly string[] TitleNames = ["title", "headline"];
    private static readonly string[] AuthorNames = ["author", "authors", "byline"];
    private static readonly string[] PublishedNames = ["published", "date", "publishdate", "publishedat", "pubdate", "datepublished"];
    private static readonly string[] UrlNames = ["url", "link"];
    private static readonly string[] OutletNames = ["outlet", "source", "site", "publication", "sitename"];

    /// <summary>The header's columns, or null when the line is not a CSV header with a text column.</summary>
    public static CsvHeader? FindColumns(string headerLine)
    {
        char delimiter = ChooseDelimiter(headerLine);
        IReadOnlyList<CsvRecord> records = CsvParser.Parse(headerLine, delimiter, out _);
        if (records.Count == 0 || records[0].Fields.Count < 2 || records[0].Fields.Any(f => f.Length > 64 || f.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3))
        {
            // Column names are short: a first line of prose with commas is not a header.
            return null;
        }

        string[] names = records[0].Fields.Select(Key).ToArray();
        int? text = Find(names, TextNames);
        if (text is null)
        {
            return null;
        }

        return new CsvHeader(delimiter, text.Value, Find(names, IdNames), Find(names, TitleNames), Find(names, AuthorNames),
            Find(names, PublishedNames), Find(names, UrlNames), Find(names, OutletNames));
    }

    private static int? Find(string[] names, string[] wanted)
    {
        foreach (string w in wanted)
        {
            int i = Array.IndexOf(names, w);
            if (i >= 0)
            {
                return i;
            }
        }

        return null;
    }

    private static string Key(string name) =>
        new(name.Trim().Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static char ChooseDelimiter(string line)
    {
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        foreach (char c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case ',' when !quoted:
                    comma++;
                    break;
                case ';' when !quoted:
                    semicolon++;
                    break;
                case '\t' when !quoted:
                    tab++;
                    break;
            }
        }

        return tab > comma && tab >= semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }
}
