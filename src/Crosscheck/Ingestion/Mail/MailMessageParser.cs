using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Mail;

/// <summary>
/// One e-mail message (Latin-1 string of its bytes) to a document: body text from its MIME tree,
/// metadata from its headers (Subject without a "[List]" tag, From's display name, Date as ISO,
/// List-Id or the tag as outlet, Archived-At as URL).
/// </summary>
internal static partial class MailMessageParser
{
    /// <summary>The message as an item, or a problem reason when it cannot be used.</summary>
    public static (ReadItem? Item, string? Problem) Parse(string raw, string name)
    {
        MimeEntity entity = MimeParser.Parse(raw, out bool headersComplete);
        if (!headersComplete)
        {
            return (null, "message is cut off in its headers, skipped");
        }

        string? text = MailBodyText.Of(entity);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, entity.Truncated ? "message is cut off in its MIME body before any text, skipped" : "message has no text part, skipped");
        }

        var item = new ReadItem(name, SourceFormat.Email, text, Metadata(entity.Headers));
        return (item, entity.Truncated ? "message is cut off inside its MIME body (closing boundary missing); the text before the cut is kept" : null);
    }

    internal static DeclaredMetadata Metadata(MailHeaders headers)
    {
        string? subject = headers.Get("Subject");
        string? tag = null;
        if (subject is not null && ListTag().Match(subject) is { Success: true } m)
        {
            tag = m.Groups[2].Value.Trim();
            subject = (m.Groups[1].Value + subject[(m.Index + m.Length)..]).Trim();
        }

        (string? listName, string? listId) = ListId(headers.Get("List-Id"));
        string? archived = headers.Get("Archived-At")?.Trim('<', '>', ' ');
        return new DeclaredMetadata
        {
            Title = string.IsNullOrWhiteSpace(subject) ? null : subject,
            Author = DisplayName(headers.Get("From")),
            Published = MetadataDates.Read(headers.Get("Date")),
            Outlet = listName ?? (tag is { Length: > 0 } ? tag : null) ?? listId ?? headers.Get("Organization"),
            Url = archived is { Length: > 0 } ? archived : null,
        };
    }

    /// <summary>"Jane Doe &lt;jane@example.org&gt;" → "Jane Doe"; "jane@example.org (Jane Doe)" → "Jane Doe"; a bare address stays.</summary>
    internal static string? DisplayName(string? from)
    {
        if (from is null)
        {
            return null;
        }

        int lt = from.IndexOf('<', StringComparison.Ordinal);
        if (lt >= 0)
        {
            string name = Unquote(from[..lt]);
            return name.Length > 0 ? name : from[(lt + 1)..].TrimEnd('>', ' ');
        }

        int paren = from.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0 && from.EndsWith(')'))
        {
            string name = Unquote(from[(paren + 1)..^1]);
            return name.Length > 0 ? name : from[..paren].Trim();
        }

        return from.Trim();
    }

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
}
