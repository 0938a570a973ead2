using Crosscheck.Model;

namespace Crosscheck.Ingestion.Mail;

/// <summary>What a message's MIME tree holds: its text (null when none), the attachments to read as files, a note for each attachment left unread, and whether a multipart was cut off.</summary>
internal sealed record MailContent(string? Text, IReadOnlyList<InputFile> Attachments, IReadOnlyList<InputProblem> Skipped, bool Truncated);
