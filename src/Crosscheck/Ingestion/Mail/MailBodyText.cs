using System.Text;
using Crosscheck.Ingestion.Html;
using Crosscheck.Ingestion.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// The readable text of a MIME tree: in multipart/alternative the text/plain part is preferred over
/// text/html; the inline parts of other multiparts are joined in order; attachments are skipped.
/// </summary>
internal static class MailBodyText
{
    public static string? Of(MimeEntity entity, int depth = 0)
    {
        if (entity.IsAttachment || depth > 16)
        {
            return null;
        }

        string media = entity.Type.MediaType;
        if (entity.Type.IsMultipart)
        {
            if (media == "multipart/alternative")
            {
                MimeEntity? plain = entity.Children.FirstOrDefault(c => c.Type.MediaType == "text/plain" && !c.IsAttachment);
                if (plain is not null && Of(plain, depth + 1) is { Length: > 0 } plainText)
                {
                    return plainText;
                }

                return entity.Children.Select(c => Of(c, depth + 1)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
            }

            List<string> texts = entity.Children.Select(c => Of(c, depth + 1)).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!).ToList();
            return texts.Count == 0 ? null : string.Join("\n\n", texts);
        }

        switch (media)
        {
            case "text/plain":
            {
                string text = Decode(entity);
                return IsFlowed(entity.Type) ? FlowedText.Unflow(text, Delsp(entity.Type)) : text;
            }

            case "text/html":
                return HtmlTextExtractor.DocumentToText(HtmlTextExtractor.Parse(Decode(entity)));
            case "message/rfc822":
                return Of(MimeParser.Parse(entity.Body, out _), depth + 1);
            default:
                return null;
        }
    }

    /// <summary>The body's characters: transfer encoding undone, then decoded with its charset (or detected).</summary>
    internal static string Decode(MimeEntity entity)
    {
        string cte = (entity.Headers.Raw("Content-Transfer-Encoding") ?? "").Trim().ToLowerInvariant();
        byte[] bytes = cte switch
        {
            "quoted-printable" => QuotedPrintable.Decode(entity.Body),
            "base64" => Base64Body.Decode(entity.Body),
            _ => Encoding.Latin1.GetBytes(entity.Body),
        };
        return TextDecoder.Decode(bytes, entity.Type.Charset).Text;
    }

    private static bool IsFlowed(ContentType type) =>
        string.Equals(type.Parameters.GetValueOrDefault("format"), "flowed", StringComparison.OrdinalIgnoreCase);

    private static bool Delsp(ContentType type) =>
        string.Equals(type.Parameters.GetValueOrDefault("delsp"), "yes", StringComparison.OrdinalIgnoreCase);
}
