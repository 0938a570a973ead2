using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>A stretch of text between quote marks: <see cref="Outer"/> includes the marks, <see cref="Inner"/> does not.</summary>
/// <param name="Closed">False when the paragraph ended before a closing mark (a quote running on into the next paragraph).</param>
internal readonly record struct QuotedSpan(TextSpan Outer, TextSpan Inner, bool Closed);
