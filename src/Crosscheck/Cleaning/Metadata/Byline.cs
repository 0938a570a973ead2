using Crosscheck.Model;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>A byline read from a line: the author(s) when named, and a date written in it.</summary>
internal sealed record Byline(string? Author, WrittenDate? Date);
