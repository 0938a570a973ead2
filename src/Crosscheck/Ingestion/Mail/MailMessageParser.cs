using System.Text.RegularExpressions;
using Crosscheck.Model;
using MimeKit;

namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// One e-mail message (its bytes) to a document with MimeKit: body text from its MIME tree (<see cref="MailBodyText"/>),
/// metadata from its headers (Subject without a "[List]" tag, From's display name, Date as written, List-Id or the tag
/// as outlet, Archived-At as URL), its attachments as embedded files. Quoted replies, signatures and list footers stay
/// in the text: the clean stage drops them (<c>Cleaning/ChromeRules/MailTailRule</c>).
/// </summary>
internal static partial class MailMessageParser
{
    /// <summary>The parser's limits: MIME nesting deeper than this is read as one leaf part.</summary>
    private static readonly ParserOptions Options = new() { MaxMimeDepth = 16 };

    /// <summary>The message as a document (with its attachments to read), or a problem naming <paramref name="name"/> and the reason.</summary>
    public static FormatResult Parse(byte[] raw, string name)
    {
        if (IsCutInHeaders(raw))
        {
            return FormatResult.Failed(name, "message is cut off in its headers, skipped");
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(Options, stream);
        }
        catch (FormatException e)
        {
            return FormatResult.Failed(name, $"not an e-mail message ({e.Message}), skipped");
        }

        if (!message.Headers.Any(h => h.Id is HeaderId.From or HeaderId.Sender or HeaderId.Subject or HeaderId.Date or HeaderId.MessageId))
        {
            return FormatResult.Failed(name, "not an e-mail message (no From, Subject, Date or Message-ID header), skipped");
        }

        MailContent content = MailBodyText.Of(message.Body, name, raw);
        var problems = new List<InputProblem>();
        var items = new List<ReadItem>();
        if (string.IsNullOrWhiteSpace(content.Text))
        {
            string why = content.Truncated ? "message is cut off in its MIME body before any text"
                : content.Attachments.Count > 0 ? "message has no text of its own (its attachments are read apart)"
                : "message has no text part";
            problems.Add(new InputProblem(name, why + ", skipped"));
        }
        else
        {
            items.Add(new ReadItem(name, SourceFormat.Email, content.Text, Metadata(message)));
            if (content.Truncated)
            {
                problems.Add(new InputProblem(name, "message is cut off inside its MIME body (closing boundary missing); the text before the cut is kept"));
            }
        }

        return new FormatResult(items, problems) { Embedded = content.Attachments, Notes = content.Skipped };
    }

    /// <summary>True when the bytes end inside the header block: no blank line ends it and the last line has no line break.</summary>
    private static bool IsCutInHeaders(byte[] raw)
    {
        ReadOnlySpan<byte> bytes = raw;
        return bytes.IndexOf("\n\n"u8) < 0 && bytes.IndexOf("\n\r\n"u8) < 0 && bytes.Length > 0 && bytes[^1] != (byte)'\n';
    }

    internal static DeclaredMetadata Metadata(MimeMessage message)
    {
        HeaderList headers = message.Headers;
        string? subject = Get(headers, "Subject");
        string? tag = null;
        if (subject is not null && ListTag().Match(subject) is { Success: true } m)
        {
            tag = m.Groups[2].Value.Trim();
            subject = (m.Groups[1].Value + subject[(m.Index + m.Length)..]).Trim();
        }

        // "Fwd: Storm closes harbour" is the forwarded article's title; "Re:" names the thread, not this text.
        subject = subject is null ? null : ReplyPrefixes().Replace(subject, "");

        (string? listName, string? listId) = ListId(Get(headers, "List-Id"));
        string? archived = Get(headers, "Archived-At")?.Trim('<', '>', ' ');
        return new DeclaredMetadata
        {
            Title = string.IsNullOrWhiteSpace(subject) ? null : subject,
            Author = Sender(message),
            Published = MetadataDates.Read(Get(headers, "Date")),
            Outlet = listName ?? (tag is { Length: > 0 } ? tag : null) ?? listId ?? Get(headers, "Organization"),
            Url = archived is { Length: > 0 } ? archived : null,
        };
    }

    /// <summary>"Jane Doe &lt;jane@example.org&gt;" → "Jane Doe"; "jane@example.org (Jane Doe)" → "Jane Doe"; a bare address stays.</summary>
    private static string? Sender(MimeMessage message) => message.From.Mailboxes.FirstOrDefault() is { } box
        ? (string.IsNullOrWhiteSpace(box.Name) ? box.Address : box.Name.Trim())
        : Get(message.Headers, "From");

    /// <summary>The first value of a header, decoded, or null when absent or blank.</summary>
    private static string? Get(HeaderList headers, string name) =>
        headers[name] is string v && v.Trim() is { Length: > 0 } t ? t : null;

    private static (string? Name, string? Id) ListId(string? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        int lt = value.IndexOf('<', StringComparison.Ordinal);
        if (lt < 0)
        {
            return (null, value.Trim());
        }

        string name = Unquote(value[..lt]);
        string id = value[(lt + 1)..].TrimEnd('>', ' ');
        return (name.Length > 0 ? name : null, id.Length > 0 ? id : null);
    }

    private static string Unquote(string s)
    {
        string t = s.Trim();
        if (t.Length >= 2 && t[0] == '"' && t[^1] == '"')
        {
            t = t[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        }

        return t.Trim();
    }

    [GeneratedRegex(@"^((?:(?:re|fwd?|aw|sv)\s*:\s*)*)\[([^\]]{1,60})\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex ListTag();

    [GeneratedRegex(@"^(?:(?:re|fwd?|aw|wg|sv|tr)\s*(?:\[\d+\])?\s*:\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyPrefixes();
}
