namespace Crosscheck.Store;

/// <summary>One full-text search result.</summary>
/// <param name="File">The document's file name.</param>
/// <param name="Title">The document's title, if known.</param>
/// <param name="Kind">"document" for a match in a document's title or text, else the finding kind (quote, entity, number, date, cited_source).</param>
/// <param name="Snippet">The matching passage, with each match between the highlight markers given to the search.</param>
/// <param name="Start">For a finding, its start offset in the document text.</param>
/// <param name="End">For a finding, its end offset (exclusive).</param>
public sealed record SearchHit(string File, string? Title, string Kind, string Snippet, int? Start, int? End);
