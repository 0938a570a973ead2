namespace Crosscheck.Ingestion.Mail;

/// <summary>A MIME entity: a message or one of its parts, with its children when it is multipart.</summary>
/// <param name="Body">The body as a Latin-1 string of its bytes, still transfer-encoded.</param>
/// <param name="Truncated">True when a multipart body ends without its closing boundary (here or in a child).</param>
internal sealed record MimeEntity(MailHeaders Headers, ContentType Type, string Body, IReadOnlyList<MimeEntity> Children, bool Truncated)
{
    public bool IsAttachment =>
        Headers.Raw("Content-Disposition") is string d && d.TrimStart().StartsWith("attachment", StringComparison.OrdinalIgnoreCase);
}
