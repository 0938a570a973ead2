using Crosscheck.Lexicons;

namespace Crosscheck.Annotation;

/// <summary>Abbreviations after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and abbreviations that are normally followed by a name or a number.</summary>
    public static readonly HashSet<string> NonTerminal = NonTerminalWords();

    private static HashSet<string> NonTerminalWords()
    {
        HashSet<string> words = Lexicon.WordSet("Annotation/non-terminal-abbreviations.txt", StringComparer.OrdinalIgnoreCase);
        words.UnionWith(Lexicon.Words("Dates/month-abbreviations.txt"));
        return words;
    }

    /// <summary>Words that usually begin a sentence; after a dotted acronym they signal a boundary.</summary>
    public static readonly HashSet<string> SentenceStarters = Lexicon.WordSet("Annotation/sentence-starters.txt", StringComparer.Ordinal);
}
