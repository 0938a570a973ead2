namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// The header block of a message or MIME part (RFC 5322): folded lines unfolded, names matched
/// case-insensitively, values kept raw (Latin-1 string of the bytes) until asked for decoded.
/// </summary>
internal sealed class MailHeaders
{
    private readonly List<(string Name, string Value)> fields;

    private MailHeaders(List<(string Name, string Value)> fields) => this.fields = fields;

    public static MailHeaders Empty { get; } = new([]);

    /// <summary>Splits <paramref name="raw"/> into headers and body.</summary>
    /// <param name="complete">False when no blank line ends the headers (or a header line is cut off): the message is truncated in its headers.</param>
    public static MailHeaders Parse(string raw, out string body, out bool complete)
    {
        var fields = new List<(string, string)>();
        int pos = 0;
        complete = false;
        string? name = null;
        var value = new System.Text.StringBuilder();
        while (pos < raw.Length)
        {
            int nl = raw.IndexOf('\n', pos);
            string line = raw[pos..(nl < 0 ? raw.Length : nl)].TrimEnd('\r');
            int next = nl < 0 ? raw.Length : nl + 1;
            if (line.Length == 0)
            {
                complete = true;
                pos = next;
                break;
            }

            if (line[0] is ' ' or '\t' && name is not null)
            {
                value.Append(line);
                pos = next;
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            bool isHeader = colon > 0 && line[..colon].TrimEnd().All(IsNameChar);
            if (name is not null)
            {
                fields.Add((name, value.ToString().Trim()));
                name = null;
            }

            if (!isHeader)
            {
                // The headers ended without a blank line: tolerated, unless this is a cut-off last line.
                complete = fields.Count > 0 && nl >= 0;
                break;
            }

            name = line[..colon].TrimEnd();
            value.Clear().Append(line[(colon + 1)..]);
            pos = next;
        }

        if (name is not null)
        {
            fields.Add((name, value.ToString().Trim()));
        }

        body = pos < raw.Length ? raw[pos..] : "";
        return new MailHeaders(fields);
    }

    /// <summary>The first raw value of a header, or null.</summary>
    public string? Raw(string name)
    {
        foreach ((string n, string v) in fields)
        {
            if (n.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>The first value of a header, decoded (8-bit and RFC 2047), or null when absent or blank.</summary>
    public string? Get(string name) => Raw(name) is string v && EncodedWords.Decode(v).Trim() is { Length: > 0 } d ? d : null;

    private static bool IsNameChar(char c) => c is > ' ' and < (char)127;
}
