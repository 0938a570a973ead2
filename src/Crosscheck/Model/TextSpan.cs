namespace Crosscheck.Model;

/// <summary>A half-open range [Start, End) of characters in a document's cleaned text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;

    public bool Contains(int position) => Start <= position && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
