namespace Crosscheck.Kinds.Entities;

internal enum PieceKind
{
    /// <summary>A capitalized word, an acronym or a particle-led name ("al-Qaida").</summary>
    Capitalized,

    /// <summary>A lowercase word.</summary>
    Lower,

    /// <summary>Punctuation, symbols and numbers: they end a name.</summary>
    Break,
}

/// <summary>
/// A word of a sentence as the name scanner sees it: possessive endings cut off, hyphenated words
/// reduced to their capitalized part ("U.S.-led" → "U.S.", "anti-NATO" → "NATO").
/// </summary>
internal readonly record struct NamePiece(int Start, int End, string Text, PieceKind Kind, bool EndsName, bool SentenceStart)
{
    public bool IsCapitalized => Kind == PieceKind.Capitalized;
}
