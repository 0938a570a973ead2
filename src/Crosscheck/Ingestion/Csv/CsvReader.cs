using Crosscheck.Ingestion.Html;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Csv;

/// <summary>
/// CSV with a header row: one document per row, its text from the text/body/content/articleBody
/// column, metadata from title/author/date/url/source columns when present. Items are named by the
/// id column ("bodies.csv#17") when there is one, else by row number.
/// </summary>
internal sealed class CsvReader : IFormatReader
{
    public InputFormat Format => InputFormat.Csv;

    public FormatResult Read(InputFile file)
    {
        string text = file.Decoded.Text;
        int nl = text.IndexOf('\n', StringComparison.Ordinal);
        CsvHeader? header = CsvHeader.FindColumns((nl < 0 ? text : text[..nl]).TrimEnd('\r'));
        if (header is null)
        {
            return FormatResult.Failed(file.Name, "CSV file has no text column (text, body, content or articleBody) in its header row");
        }

        IReadOnlyList<CsvRecord> records = CsvParser.Parse(text, header.Delimiter, out int? unterminated);
        var items = new List<ReadItem>();
        var problems = new List<InputProblem>();
        for (int r = 1; r < records.Count; r++)
        {
            CsvRecord record = records[r];
            string? id = Field(record, header.Id);
            string name = file.Item(id ?? r.ToString(System.Globalization.CultureInfo.InvariantCulture));
            string? body = Field(record, header.Text);
            if (body is null)
            {
                problems.Add(new InputProblem(name, $"row at line {record.Line} has no text"));
                continue;
            }

            var meta = new DeclaredMetadata
            {
                Title = Field(record, header.Title),
                Author = Field(record, header.Author),
                Published = MetadataDates.Read(Field(record, header.Published)),
                Url = Field(record, header.Url),
                Outlet = Field(record, header.Outlet),
            };
            string content = HtmlTextExtractor.LooksLikeHtml(body) ? HtmlTextExtractor.FragmentToText(body) : body;
            items.Add(new ReadItem(name, SourceFormat.Csv, content, meta));
        }

        if (unterminated is int line)
        {
            problems.Add(new InputProblem(file.Name, $"quoted field opened at line {line} is never closed; the last row may be cut off"));
        }

        return new FormatResult(items, problems);
    }

    private static string? Field(CsvRecord record, int? column) =>
        column is int c && c < record.Fields.Count && !string.IsNullOrWhiteSpace(record.Fields[c]) ? record.Fields[c].Trim() : null;
}
