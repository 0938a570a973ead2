using System.Text;

namespace Crosscheck.Ingestion.Csv;

/// <summary>
/// RFC 4180 records: fields separated by the delimiter, quoted fields may hold delimiters, line breaks
/// and doubled quotes. Lenient: a quote inside an unquoted field is kept as a character, and an
/// unterminated quoted field runs to the end of the text (reported through <see cref="Parse"/>).
/// </summary>
internal static class CsvParser
{
    public static IReadOnlyList<CsvRecord> Parse(string text, char delimiter, out int? unterminatedAtLine)
    {
        unterminatedAtLine = null;
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        bool inQuotes = false, fieldStarted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = true;
                quoteLine = line;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                if (fields.Count > 1 || fields[0].Length > 0)
                {
                    records.Add(new CsvRecord(recordLine, fields.ToArray()));
                }

                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (inQuotes)
        {
            unterminatedAtLine = quoteLine;
        }

        if (field.Length > 0 || fields.Count > 0 || fieldStarted)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }

        return records;
    }
}
