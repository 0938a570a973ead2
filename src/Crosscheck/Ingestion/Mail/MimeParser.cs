namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// Parses a message (Latin-1 string of its bytes) into its MIME tree. Multipart bodies are split on
/// their boundary lines, recursively; a missing closing boundary marks the entity as truncated and
/// the parts read so far are kept.
/// </summary>
internal static class MimeParser
{
    private const int MaxDepth = 16;

    public static MimeEntity Parse(string raw, out bool headersComplete) => Parse(raw, ContentType.TextPlain, 0, out headersComplete);

    private static MimeEntity Parse(string raw, ContentType defaultType, int depth, out bool headersComplete)
    {
        MailHeaders headers = MailHeaders.Parse(raw, out string body, out headersComplete);
        ContentType type = ContentType.Parse(headers.Raw("Content-Type"), defaultType);
        if (!type.IsMultipart || type.Boundary is not string boundary || depth >= MaxDepth)
        {
            return new MimeEntity(headers, type, body, [], false);
        }

        ContentType childDefault = type.MediaType == "multipart/digest" ? new ContentType("message/rfc822", new Dictionary<string, string>()) : ContentType.TextPlain;
        (List<string> partTexts, bool closed) = SplitParts(body, boundary);
        var children = new List<MimeEntity>();
        bool truncated = !closed;
        foreach (string partText in partTexts)
        {
            MimeEntity child = Parse(partText, childDefault, depth + 1, out bool childComplete);
            truncated |= child.Truncated || (!childComplete && partText.Trim().Length > 0 && !closed);
            children.Add(child);
        }

        return new MimeEntity(headers, type, body, children, truncated);
    }

    /// <summary>The parts between "--boundary" lines, and whether the closing "--boundary--" was found.</summary>
    private static (List<string> Parts, bool Closed) SplitParts(string body, string boundary)
    {
        string delimiter = "--" + boundary;
        var parts = new List<string>();
        int partStart = -1, pos = 0;
        while (pos <= body.Length)
        {
            int nl = body.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? body.Length : nl;
            string line = body[pos..lineEnd].TrimEnd('\r', ' ', '\t');
            if (line.StartsWith(delimiter, StringComparison.Ordinal))
            {
                string rest = line[delimiter.Length..];
                if (rest.Length == 0 || rest == "--")
                {
                    if (partStart >= 0)
                    {
                        parts.Add(body[partStart..PrecedingLineBreak(body, pos)]);
                    }

                    if (rest == "--")
                    {
                        return (parts, true);
                    }

                    partStart = nl < 0 ? body.Length : nl + 1;
                }
            }

            if (nl < 0)
            {
                break;
            }

            pos = nl + 1;
        }

        if (partStart >= 0 && partStart < body.Length)
        {
            parts.Add(body[partStart..]);
        }

        return (parts, false);
    }

    /// <summary>The delimiter's preceding line break belongs to the delimiter, not to the part.</summary>
    private static int PrecedingLineBreak(string body, int lineStart)
    {
        int end = lineStart;
        if (end > 0 && body[end - 1] == '\n')
        {
            end--;
            if (end > 0 && body[end - 1] == '\r')
            {
                end--;
            }
        }

        return end;
    }
}
