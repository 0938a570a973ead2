using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>One article a format reader found: text not yet normalized, and declared metadata.</summary>
internal sealed record ReadItem(string File, SourceFormat Format, string Text, DeclaredMetadata Meta);
