using Crosscheck.Lexicons;


namespace Crosscheck.Kinds.Numbers;

/// <summary>Reads the number lexicons embedded from Resources/Numbers/: lines of "key: word word …", "#" comments.</summary>
internal static class NumberResources
{
    public static IReadOnlyList<(string Key, string[] Words)> ReadEntries(string fileName)
    {
        var entries = new List<(string, string[])>();
        foreach (string line in ReadLines(fileName))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            string key = line[..colon].Trim();
            string[] words = line[(colon + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            entries.Add((key, [.. words.Select(w => w.Replace('_', ' '))]));
        }

        return entries;
    }

    public static IReadOnlyList<string> ReadWords(string fileName) =>
        [.. ReadLines(fileName).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static IReadOnlyList<string> ReadLines(string fileName) => Lexicon.Lines("Numbers/" + fileName);
}
