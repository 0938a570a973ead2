namespace Crosscheck.Cleaning.Metadata;

/// <summary>The line holding a document's title, the title read from it, and a mailing-list tag if any.</summary>
internal sealed record TitleLine(int Index, string Title, string? ListTag);
