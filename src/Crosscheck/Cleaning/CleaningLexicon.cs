using System.Collections.Frozen;
using Crosscheck.Lexicons;

namespace Crosscheck.Cleaning;

/// <summary>
/// The small word lists the clean stage uses, read once from the embedded files in
/// Resources/Cleaning/ (see Resources/README.md for their provenance).
/// </summary>
internal static class CleaningLexicon
{
    /// <summary>Stand-alone interface labels ("Advertisement", "Read in app").</summary>
    public static FrozenSet<string> UiLabels { get; } = Load("ui-labels.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cues of newsletter, donation and subscription pitches.</summary>
    public static IReadOnlyList<string> PitchCues { get; } = Load("pitch-cues.txt");

    /// <summary>Words with which a pitch addresses the reader.</summary>
    public static FrozenSet<string> PitchAddress { get; } = Load("pitch-address.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cues of the headers of closing link, tag and resource lists.</summary>
    public static IReadOnlyList<string> TailListCues { get; } = Load("tail-list-cues.txt");

    /// <summary>Cues of page and archive footers.</summary>
    public static IReadOnlyList<string> FooterCues { get; } = Load("footer-cues.txt");

    /// <summary>Role words of a closing author bio.</summary>
    public static FrozenSet<string> BioRoleWords { get; } = Load("bio-role-words.txt").ToFrozenSet(StringComparer.Ordinal);

    private static IReadOnlyList<string> Load(string name) => Lexicon.Lines("Cleaning/" + name);
}
