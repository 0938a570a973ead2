namespace Crosscheck.Ingestion;

/// <summary>Reads one container format. Implementations are stateless and never throw for bad content.</summary>
internal interface IFormatReader
{
    InputFormat Format { get; }

    FormatResult Read(InputFile file);
}
