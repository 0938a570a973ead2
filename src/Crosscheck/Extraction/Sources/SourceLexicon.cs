using Crosscheck.Extraction.Entities;

namespace Crosscheck.Extraction.Sources;

/// <summary>Word lists that tell what kind of source a name is (Resources/: channels, outlet, agency and organisation words).</summary>
internal sealed class SourceLexicon
{
    private SourceLexicon()
    {
        Channels = ResourceText.Set("channels.txt", StringComparer.Ordinal);
        AgencyWords = ResourceText.Set("agency-words.txt", StringComparer.Ordinal);
        OrganizationWords = ResourceText.Set("organization-source-words.txt", StringComparer.Ordinal);
    }

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

        if (words.Any(AgencyWords.Contains))
        {
            return Model.CitedSourceKind.Agency;
        }

        return words.Any(OrganizationWords.Contains) ? Model.CitedSourceKind.Organization : null;
    }
}
