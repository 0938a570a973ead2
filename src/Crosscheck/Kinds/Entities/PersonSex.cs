using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>The sex a title or a given name says a person is.</summary>
internal enum Sex
{
    Unknown,
    Female,
    Male,

    /// <summary>Named as a woman and as a man: two people share the name; it joins no one.</summary>
    Both,
}

/// <summary>
/// Reads a person's sex from a title ("Mrs.", "Mr", "Lady": Resources/Entities/gendered-titles.txt) or a given name used
/// for one sex only (Resources/Entities/given-name-genders.tsv), so that "Mrs. Whitlow" never joins "Bill Whitlow" when a
/// woman of that surname is named, nor "Mr Whitlow" a "Dana Whitlow" known to be a woman.
/// </summary>
internal static class PersonSex
{
    private static readonly Dictionary<string, Sex> Titles = ReadTitles();

    private static readonly Dictionary<string, Sex> GivenNames = Lexicon.Rows("Entities/given-name-genders.tsv")
        .Where(r => r.Length == 2)
        .ToDictionary(r => r[0], r => r[1] == "f" ? Sex.Female : Sex.Male, StringComparer.Ordinal);

    /// <summary>The sex a title says ("Mrs." → female), or unknown.</summary>
    public static Sex OfTitle(string? title) => title is not null && Titles.TryGetValue(title, out Sex s) ? s : Sex.Unknown;

    /// <summary>The sex of a given name used for one sex only ("Ellen" → female), or unknown.</summary>
    public static Sex OfGivenName(string? name) => name is not null && GivenNames.TryGetValue(name, out Sex s) ? s : Sex.Unknown;

    /// <summary>The sex of a mention: its title (the word before the name inside the mention) or its given name (a full name's first word).</summary>
    /// <param name="mention">The mention as written, title included ("Mr. Whitlow", "Dana Whitlow").</param>
    /// <param name="name">The name inside it ("Whitlow", "Dana Whitlow").</param>
    public static Sex OfMention(string mention, string name)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(name);
        int at = mention.LastIndexOf(name, StringComparison.Ordinal);
        string[] before = at > 0 ? NameForms.Words(mention[..at]) : [];
        Sex title = before.Length > 0 ? OfTitle(before[^1]) : Sex.Unknown;
        string[] words = NameForms.Words(name);
        return title != Sex.Unknown ? title : words.Length >= 2 ? OfGivenName(words[0]) : Sex.Unknown;
    }

    /// <summary>Both known and different.</summary>
    public static bool Conflict(Sex a, Sex b) => a == Sex.Both || b == Sex.Both || (a != Sex.Unknown && b != Sex.Unknown && a != b);

    /// <summary>
    /// The options a titled name may join: none whose sex conflicts with <paramref name="sex"/>, and only those of that sex
    /// when there are some ("Mrs. X" joins the woman X when the set names a woman and a man X).
    /// </summary>
    public static List<T> Compatible<T>(IEnumerable<T> options, Sex sex, Func<T, Sex> sexOf)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sexOf);
        List<T> ok = [.. options.Where(o => !Conflict(sex, sexOf(o)))];
        List<T> same = sex == Sex.Unknown ? [] : [.. ok.Where(o => sexOf(o) == sex)];
        return same.Count > 0 ? same : ok;
    }

    private static Dictionary<string, Sex> ReadTitles()
    {
        var titles = new Dictionary<string, Sex>(StringComparer.Ordinal);
        Sex section = Sex.Unknown;
        foreach (string line in Lexicon.Lines("Entities/gendered-titles.txt"))
        {
            if (line is "[male]" or "[female]")
            {
                section = line == "[male]" ? Sex.Male : Sex.Female;
                continue;
            }

            titles[line] = section;
        }

        return titles;
    }
}
