using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>An attribution part found or given in a text: its label (Source, Cue, Content) and its fragments in text order.</summary>
public sealed record LabeledSpan(string Label, IReadOnlyList<TextSpan> Fragments)
{
    public const string Source = "Source";
    public const string Cue = "Cue";
    public const string Content = "Content";

    /// <summary>From the first fragment's start to the last fragment's end.</summary>
    public TextSpan Extent => new(Fragments[0].Start, Fragments[^1].End);

    /// <summary>The covered text, fragments joined by " … ".</summary>
    public string TextOf(string text) => string.Join(" … ", Fragments.Select(f => f.Slice(text)));
}
