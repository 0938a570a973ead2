using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>Plain text: the decoded file is the document.</summary>
internal sealed class PlainTextReader : IFormatReader
{
    public InputFormat Format => InputFormat.PlainText;

    public FormatResult Read(InputFile file) =>
        FormatResult.Of(new ReadItem(file.Name, SourceFormat.PlainText, file.Decoded.Text, DeclaredMetadata.None));
}
