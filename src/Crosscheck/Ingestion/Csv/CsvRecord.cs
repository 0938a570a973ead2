namespace Crosscheck.Ingestion.Csv;

/// <summary>One CSV record and the line it starts on (1-based).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
