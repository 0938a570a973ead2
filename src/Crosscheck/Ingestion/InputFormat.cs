namespace Crosscheck.Ingestion;

/// <summary>The container formats the read stage recognises (finer than <see cref="Model.SourceFormat"/>).</summary>
internal enum InputFormat
{
    PlainText,
    Html,
    Email,
    Mbox,
    Feed,
    JsonLines,
    Csv,
    Pdf,
    Docx,
}
