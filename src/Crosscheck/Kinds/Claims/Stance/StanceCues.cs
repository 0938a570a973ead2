using Crosscheck.Kinds.Entities;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>The cue lexicons of the stance model (Resources/Stance) and the stop words it leaves out of its vectors.</summary>
public sealed class StanceCues
{
    private static readonly Lazy<StanceCues> Lazy = new(() => new StanceCues());

    private StanceCues()
    {
        Refuting = Lexicon.LineSet("Stance/refuting-words.txt", StringComparer.Ordinal);
        Hedging = Lexicon.LineSet("Stance/hedging-words.txt", StringComparer.Ordinal);
        Supporting = Lexicon.LineSet("Stance/supporting-words.txt", StringComparer.Ordinal);
        Negation = Lexicon.LineSet("Stance/negation-words.txt", StringComparer.Ordinal);
        HashSet<string> stop = Lexicon.LineSet("stopwords-en.txt", StringComparer.Ordinal);
        stop.ExceptWith(Refuting);
        stop.ExceptWith(Hedging);
        stop.ExceptWith(Supporting);
        stop.ExceptWith(Negation);
        StopWords = stop;
    }

    public static StanceCues Instance => Lazy.Value;

    public IReadOnlySet<string> Refuting { get; }

    public IReadOnlySet<string> Hedging { get; }

    public IReadOnlySet<string> Supporting { get; }

    public IReadOnlySet<string> Negation { get; }

    /// <summary>Stop words, without any cue word: a "not" or a "may" stays in the vectors.</summary>
    public IReadOnlySet<string> StopWords { get; }

    public bool IsNegation(string word) => Negation.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal);

    public bool IsContent(string word) => !StopWords.Contains(word) && (word.Length > 1 || char.IsDigit(word[0]));
}
