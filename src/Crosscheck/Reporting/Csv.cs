using System.Buffers;
using System.Text;

namespace Crosscheck.Reporting;

/// <summary>
/// The one CSV writer (RFC 4180): fields separated by commas; a field that holds a comma, a double quote, a CR or an
/// LF is put in double quotes with its double quotes doubled; any other field is written as it is. Used by the web
/// app's table export and by the FNC-1 submission file; the ingestion reads CSV with its own parser.
/// </summary>
public static class Csv
{
    /// <summary>The record separator RFC 4180 prescribes.</summary>
    public const string Crlf = "\r\n";

    private static readonly SearchValues<char> MustQuote = SearchValues.Create(",\"\r\n");

    /// <summary>One field, quoted when it must be (a null field is empty).</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().ContainsAny(MustQuote)
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>One record: its fields, each written by <see cref="Field"/>, joined by commas (no record separator).</summary>
    public static string Record(IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(',', fields.Select(Field));
    }

    /// <summary>A header record and the rows, each record ended by <paramref name="newline"/> (CRLF by default).</summary>
    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string?>> rows, string newline = Crlf)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        csv.Append(Record(header)).Append(newline);
        foreach (IEnumerable<string?> row in rows)
        {
            csv.Append(Record(row)).Append(newline);
        }

        return csv.ToString();
    }
}
