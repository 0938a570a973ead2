using System.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>A single e-mail message (.eml).</summary>
internal sealed class EmailReader : IFormatReader
{
    public InputFormat Format => InputFormat.Email;

    public FormatResult Read(InputFile file)
    {
        (ReadItem? item, string? problem) = MailMessageParser.Parse(Encoding.Latin1.GetString(file.Bytes), file.Name);
        return new FormatResult(item is null ? [] : [item], problem is null ? [] : [new Model.InputProblem(file.Name, problem)]);
    }
}
