namespace Crosscheck.Kinds.Entities;

/// <summary>A run of name pieces found in a sentence, before classification.</summary>
/// <param name="Pieces">The pieces of the name (capitalized words and the connectors inside).</param>
/// <param name="Before">The word just before the name, lowercased, or null.</param>
/// <param name="After">The word just after the name, or null.</param>
/// <param name="AfterNext">The word after <paramref name="After"/>, or null.</param>
internal sealed record RawName(IReadOnlyList<NamePiece> Pieces, string? Before, string? After, string? AfterNext)
{
    public int Start => Pieces[0].Start;

    public int End => Pieces[^1].End;

    public bool SentenceStart => Pieces[0].SentenceStart;

    public string Text(string documentText) => documentText[Start..End];

    public RawName Slice(int from, int to, string? before) =>
        new([.. Pieces.Skip(from).Take(to - from)], before, to == Pieces.Count ? After : Pieces[to].Text, to == Pieces.Count ? AfterNext : null);
}
