namespace Crosscheck.Kinds.Attributions;

/// <summary>One attribution relation put together from tagged spans: a cue with its source and content when found.</summary>
public sealed record AssembledAttribution(LabeledSpan? Source, LabeledSpan Cue, LabeledSpan? Content);
