using System.Reflection;
using Crosscheck.Kinds.Quotes;

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
        Assembly assembly = typeof(CueLexicon).Assembly;
        string name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Attributions.CueWords.txt", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("embedded resource Attributions/CueWords.txt is missing");
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return set;
    }
}
