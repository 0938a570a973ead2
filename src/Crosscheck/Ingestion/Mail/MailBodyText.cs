using Crosscheck.Ingestion.Html;
using Crosscheck.Ingestion.Text;
using Crosscheck.Model;
using MimeKit;
using MimeKit.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// The readable text of a MimeKit tree: in multipart/alternative the text/plain part is preferred over text/html (read
/// through the HTML path); the inline parts of other multiparts are joined in order. Attachments that may be documents
/// (PDF, Word, HTML, text, mail) become embedded files named "message#file.pdf"; others get a note naming them.
/// </summary>
internal static class MailBodyText
{
    /// <summary>Closing boundaries looked for per message (each look is a scan of the message): enough for real mail, bounded for a crafted one.</summary>
    private const int MaxBoundaryChecks = 64;

    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".docx", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".eml", ".mbox", ".rss", ".atom", ".xml", ".csv", ".jsonl",
    };

    private static readonly HashSet<string> DocumentMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/xhtml+xml",
    };

    /// <summary>The content of <paramref name="body"/>; <paramref name="raw"/> is the message's bytes, where each multipart's closing boundary is looked for.</summary>
    public static MailContent Of(MimeEntity? body, string messageName, byte[] raw)
    {
        var walk = new Walk(messageName, raw);
        string? text = body is null ? null : walk.TextOf(body);
        return new MailContent(text, walk.Attachments, walk.Skipped, walk.Truncated);
    }

    /// <summary>One walk over one message's tree; mutable, private to one <see cref="Of"/> call.</summary>
    private sealed class Walk(string messageName, byte[] raw)
    {
        private readonly Dictionary<string, bool> closed = new(StringComparer.Ordinal);
        private readonly HashSet<string> names = new(StringComparer.Ordinal);

        public List<InputFile> Attachments { get; } = [];

        public List<InputProblem> Skipped { get; } = [];

        public bool Truncated { get; private set; }

        public string? TextOf(MimeEntity entity)
        {
            switch (entity)
            {
                case Multipart multipart:
                    return MultipartText(multipart);
                case MessagePart { Message: { } inner } when !entity.IsAttachment:
                    return inner.Body is null ? null : TextOf(inner.Body);
                case MessagePart { Message: { } inner }:
                    Attach(FileName(entity, inner.Subject is { Length: > 0 } s ? s + ".eml" : "message.eml"), Bytes(inner));
                    return null;
                case TextPart text when !entity.IsAttachment && (text.IsPlain || text.IsHtml):
                    return PartText(text);
                case MimePart part when entity.IsAttachment || part.FileName is not null:
                    Attachment(part);
                    return null;
                default:
                    return null;
            }
        }

        private string? MultipartText(Multipart multipart)
        {
            Truncated |= !IsClosed(multipart.Boundary);
            if (multipart.ContentType.IsMimeType("multipart", "alternative"))
            {
                TextPart? plain = multipart.OfType<TextPart>().FirstOrDefault(t => t.IsPlain && !t.IsAttachment);
                if (plain is not null && PartText(plain) is { Length: > 0 } plainText)
                {
                    return plainText;
                }

                return multipart.Select(TextOf).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            }

            List<string> texts = [.. multipart.Select(TextOf).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!)];
            return texts.Count == 0 ? null : string.Join("\n\n", texts);
        }

        /// <summary>True when "--boundary--" is in the message (MimeKit keeps the parts read before a missing end boundary without saying so).</summary>
        private bool IsClosed(string? boundary)
        {
            if (string.IsNullOrEmpty(boundary) || (closed.Count >= MaxBoundaryChecks && !closed.ContainsKey(boundary)))
            {
                return true;
            }

            if (!closed.TryGetValue(boundary, out bool found))
            {
                found = raw.AsSpan().IndexOf(System.Text.Encoding.Latin1.GetBytes($"--{boundary}--")) >= 0;
                closed[boundary] = found;
            }

            return found;
        }

        private void Attachment(MimePart part)
        {
            string name = FileName(part, "attachment");
            string extension = Path.GetExtension(name);
            bool document = DocumentExtensions.Contains(extension) || DocumentMediaTypes.Contains(part.ContentType.MimeType)
                || part.ContentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase);
            if (document)
            {
                Attach(name, Decoded(part));
            }
            else
            {
                Skipped.Add(new InputProblem(messageName, $"attachment \"{name}\" ({part.ContentType.MimeType}) is not a document Crosscheck reads; not read"));
            }
        }

        private void Attach(string name, byte[] bytes)
        {
            string unique = name;
            for (int n = 2; !names.Add(unique); n++)
            {
                unique = $"{Path.GetFileNameWithoutExtension(name)} ({n}){Path.GetExtension(name)}";
            }

            Attachments.Add(new InputFile($"{messageName}#{unique}", bytes));
        }

        private static string FileName(MimeEntity entity, string fallback)
        {
            string? name = entity.ContentDisposition?.FileName ?? entity.ContentType.Name;
            return string.IsNullOrWhiteSpace(name) ? fallback : Path.GetFileName(name.Replace('\\', '/')).Trim();
        }
    }

    /// <summary>A text part's characters: transfer encoding undone, decoded with its charset (or detected), format=flowed unwrapped, HTML read as a page.</summary>
    private static string PartText(TextPart part)
    {
        string text = TextDecoder.Decode(Decoded(part), part.ContentType.Charset).Text;
        if (part.IsHtml)
        {
            return HtmlTextExtractor.DocumentToText(HtmlTextExtractor.Parse(text));
        }

        if (part.IsFlowed)
        {
            bool delsp = part.ContentType.Parameters.TryGetValue("delsp", out string? d) && d.Equals("yes", StringComparison.OrdinalIgnoreCase);
            text = new FlowedToText { DeleteSpace = delsp }.Convert(text);
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static byte[] Decoded(MimePart part)
    {
        if (part.Content is null)
        {
            return [];
        }

        using var stream = new MemoryStream();
        part.Content.DecodeTo(stream);
        return stream.ToArray();
    }

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
