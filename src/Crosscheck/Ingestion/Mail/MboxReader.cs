using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingestion.Mail;

/// <summary>An mbox archive: one document per message, named "archive.mbox#n" (1-based).</summary>
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

        var items = new List<ReadItem>();
        var problems = new List<InputProblem>();
        for (int i = 0; i < messages.Count; i++)
        {
            string name = file.Item((i + 1).ToString(CultureInfo.InvariantCulture));
            (ReadItem? item, string? problem) = MailMessageParser.Parse(messages[i], name);
            if (item is not null)
            {
                items.Add(item);
            }

            if (problem is not null)
            {
                problems.Add(new InputProblem(name, problem));
            }
        }

        return new FormatResult(items, problems);
    }
}
