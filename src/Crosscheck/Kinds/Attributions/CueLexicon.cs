using Crosscheck.Kinds.Quotes;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// Words that can signal an attribution: the quote extractor's speech verbs and the cue words of
/// Resources/Attributions/CueWords.txt (belief, intention, support, perception, "according").
/// Used as a feature of the attribution tagger, never as a rule on its own.
/// </summary>
internal static class CueLexicon
{
    public static readonly HashSet<string> Words = Build();

    public static bool Contains(string word) => Words.Contains(word);

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(QuoteLexicon.SpeechVerbs, StringComparer.OrdinalIgnoreCase);
        set.UnionWith(Lexicon.Words("Attributions/CueWords.txt"));
        return set;
    }
}
