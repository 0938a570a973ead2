namespace Crosscheck.Lab.Bench;

/// <summary>One news text the synthetic corpus is built from: where it came from and its paragraphs.</summary>
public sealed record SourceText(string Origin, IReadOnlyList<string> Paragraphs);
