namespace Crosscheck.Model;

/// <summary>
/// An attribution the learned tagger found (PolNeAR's sense: a statement, belief or intention the article
/// attributes to someone, quoted or paraphrased): "officials said the toll had risen", "X believes …".
/// </summary>
/// <param name="Span">From the first to the last character of its parts.</param>
/// <param name="Source">Who the content is attributed to, as written (null when the text names no source).</param>
/// <param name="Cue">The words that signal the attribution ("said", "according to", "believes").</param>
/// <param name="Content">The attributed content, fragments joined by " … " (null when none was found).</param>
/// <param name="ContentSpans">The content's fragments (empty when none was found).</param>
public sealed record AttributionRelation(
    string DocId,
    TextSpan Span,
    string? Source,
    TextSpan? SourceSpan,
    string Cue,
    TextSpan CueSpan,
    string? Content,
    IReadOnlyList<TextSpan> ContentSpans) : IFinding;
