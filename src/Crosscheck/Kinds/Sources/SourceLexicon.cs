using Crosscheck.Kinds.Entities;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Sources;

/// <summary>Word lists that tell what kind of source a name is (Resources/: channels, outlet, agency and organisation words).</summary>
internal sealed class SourceLexicon
{
    private SourceLexicon()
    {
        Channels = Lexicon.LineSet("channels.txt", StringComparer.Ordinal);
        AgencyWords = Lexicon.LineSet("agency-words.txt", StringComparer.Ordinal);
        OrganizationWords = Lexicon.LineSet("organization-source-words.txt", StringComparer.Ordinal);
        Heads = Lexicon.LineSet("Sources/source-heads.txt", StringComparer.OrdinalIgnoreCase);
        Descriptors = Lexicon.Lines("Sources/outlet-descriptors.txt");
        GroupNouns = Lexicon.LineSet("Sources/group-nouns.txt", StringComparer.Ordinal);
        var roles = new Dictionary<string, SourceRole>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Lexicon.Lines("Sources/source-roles.txt"))
        {
            string[] cols = line.Split('\t', StringSplitOptions.TrimEntries);
            roles[cols[0]] = Enum.Parse<SourceRole>(cols[1], ignoreCase: true);
        }

        Roles = roles;
        var verbs = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (string line in Lexicon.Lines("Sources/source-verbs.txt"))
        {
            string[] cols = line.Split('\t', StringSplitOptions.TrimEntries);
            verbs[cols[0]] = cols.Length > 1 && cols[1] == "outlet";
        }

        Verbs = verbs;
    }

    /// <summary>Lower-case head nouns that close the name of a cited body (Resources/Sources/source-heads.txt).</summary>
    public IReadOnlySet<string> Heads { get; }

    /// <summary>Nouns set before an outlet's name in apposition, "the site X" (Resources/Sources/outlet-descriptors.txt).</summary>
    public IReadOnlyList<string> Descriptors { get; }

    /// <summary>Nouns for unnamed groups a name may modify, "US officials" (Resources/Sources/group-nouns.txt).</summary>
    public IReadOnlySet<string> GroupNouns { get; }

    /// <summary>Role nouns of people relied on for information and how they tie to a source (Resources/Sources/source-roles.txt).</summary>
    public IReadOnlyDictionary<string, SourceRole> Roles { get; }

    /// <summary>Verbs by which a body or outlet gives information; true for those that make any subject a publisher.</summary>
    public IReadOnlyDictionary<string, bool> Verbs { get; }

    public static SourceLexicon Instance { get; } = new();

    public IReadOnlySet<string> Channels { get; }

    public IReadOnlySet<string> AgencyWords { get; }

    public IReadOnlySet<string> OrganizationWords { get; }

    /// <summary>The kind a name suggests by its words, or null when it says nothing.</summary>
    public Model.CitedSourceKind? KindOf(string name)
    {
        string[] words = NameForms.Words(name);
        if (words.Length > 0 && Channels.Contains(words[0]))
        {
            return Model.CitedSourceKind.Channel;
        }

        IReadOnlySet<string> outlet = EntityLexicon.Instance.OutletWords;
        if (words.Any(outlet.Contains) || outlet.Contains(name))
        {
            return Model.CitedSourceKind.Outlet;
        }

        // "the Interior Ministry", and a body named by its lower-case head after a place ("Varn police", "the state ministry")
        if (words.Any(AgencyWords.Contains) || (words.Length > 1 && words[^1].Length > 1 && char.IsLower(words[^1][0])
            && AgencyWords.Contains(char.ToUpperInvariant(words[^1][0]) + words[^1][1..])))
        {
            return Model.CitedSourceKind.Agency;
        }

        return words.Any(OrganizationWords.Contains) ? Model.CitedSourceKind.Organization : null;
    }
}
