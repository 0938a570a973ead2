namespace Crosscheck.Ingestion.Mail;

/// <summary>A single e-mail message (.eml).</summary>
internal sealed class EmailReader : IFormatReader
{
    public InputFormat Format => InputFormat.Email;

    public FormatResult Read(InputFile file) => MailMessageParser.Parse(file.Bytes, file.Name);
}
