namespace Crosscheck.Ingestion;

/// <summary>An input whose decoded text equals that of a document already read; it was collapsed into that one.</summary>
/// <param name="File">The name of the input collapsed.</param>
/// <param name="SameAs">The name of the document kept.</param>
public sealed record DuplicateInput(string File, string SameAs);
