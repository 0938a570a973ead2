namespace Crosscheck.Kinds.Entities;

/// <summary>Which words a document writes in lowercase, and which capitalized words it uses inside sentences.</summary>
internal sealed class DocumentWords
{
    private readonly HashSet<string> _lowercase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _capitalizedInside = new(StringComparer.Ordinal);

    public void Add(NamePiece piece)
    {
        if (piece.Kind == PieceKind.Lower)
        {
            _lowercase.Add(piece.Text);
        }
        else if (piece.Kind == PieceKind.Capitalized && !piece.SentenceStart)
        {
            _capitalizedInside.Add(piece.Text);
        }
    }

    public bool SeenLowercase(string word) => _lowercase.Contains(word.ToLowerInvariant());

    public bool SeenCapitalizedInside(string word) => _capitalizedInside.Contains(word);
}
