using System.Globalization;
using System.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>An mbox archive: one document per message, named "archive.mbox#n" (1-based), its attachments "archive.mbox#n#file.pdf".</summary>
internal sealed class MboxReader : IFormatReader
{
    public InputFormat Format => InputFormat.Mbox;

    public FormatResult Read(InputFile file)
    {
        IReadOnlyList<string> messages = MboxSplitter.Split(Encoding.Latin1.GetString(file.Bytes));
        if (messages.Count == 0)
        {
            return FormatResult.Failed(file.Name, "mbox archive has no message (no \"From \" line)");
        }

        FormatResult[] read = [.. messages.Select((m, i) => MailMessageParser.Parse(Encoding.Latin1.GetBytes(m), file.Item((i + 1).ToString(CultureInfo.InvariantCulture))))];
        return new FormatResult([.. read.SelectMany(r => r.Items)], [.. read.SelectMany(r => r.Problems)])
        {
            Embedded = [.. read.SelectMany(r => r.Embedded)],
            Notes = [.. read.SelectMany(r => r.Notes)],
        };
    }
}
