namespace Crosscheck.Ingestion.Mail;

/// <summary>A parsed Content-Type header: media type and parameters (charset, boundary, format, delsp).</summary>
internal sealed record ContentType(string MediaType, IReadOnlyDictionary<string, string> Parameters)
{
    public static ContentType TextPlain { get; } = new("text/plain", new Dictionary<string, string>());

    public bool IsMultipart => MediaType.StartsWith("multipart/", StringComparison.Ordinal);

    public string? Charset => Parameters.GetValueOrDefault("charset");

    public string? Boundary => Parameters.GetValueOrDefault("boundary");

    public static ContentType Parse(string? raw, ContentType fallback)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return fallback;
        }

        List<string> parts = SplitParameters(raw);
        string media = parts[0].Trim().ToLowerInvariant();
        if (!media.Contains('/', StringComparison.Ordinal))
        {
            return fallback;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string p in parts.Skip(1))
        {
            int eq = p.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            string key = p[..eq].Trim().TrimEnd('*');
            string value = p[(eq + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal);
            }
            else if (p[..eq].Trim().EndsWith('*') && value.Split('\'') is { Length: 3 } ext)
            {
                // RFC 2231: charset'language'value; only the charset name matters here.
                value = key == "charset" ? ext[2] : Uri.UnescapeDataString(ext[2]);
            }

            parameters.TryAdd(key, value);
        }

        return new ContentType(media, parameters);
    }

    private static List<string> SplitParameters(string raw)
    {
        var parts = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in raw)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ';' && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        parts.Add(current.ToString());
        return parts;
    }
}
