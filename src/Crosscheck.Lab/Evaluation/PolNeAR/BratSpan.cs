using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// A brat text-bound annotation ("T" line): an id, a label (Source, Cue, Content, …) and one or more
/// fragments of the text ("start end;start end" for a discontinuous span), in text order.
/// </summary>
public sealed record BratSpan(string Id, string Label, IReadOnlyList<TextSpan> Fragments)
{
    /// <summary>From the first fragment's start to the last fragment's end.</summary>
    public TextSpan Extent => new(Fragments[0].Start, Fragments[^1].End);

    /// <summary>True when both have the same label and exactly the same fragments.</summary>
    public bool SameAs(BratSpan other) => Label == other.Label && Fragments.SequenceEqual(other.Fragments);

    /// <summary>True when some character of one fragment is also in a fragment of <paramref name="other"/>.</summary>
    public bool Overlaps(BratSpan other) => Fragments.Any(f => other.Fragments.Any(f.Overlaps));
}
