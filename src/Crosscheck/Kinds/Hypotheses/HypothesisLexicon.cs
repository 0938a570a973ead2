using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>Where a responsibility cue names its agent (see Resources/Hypotheses/responsibility-cues.txt).</summary>
internal enum CueRole
{
    Self,
    Before,
    After,
    Blame,
}

/// <summary>One responsibility cue: a pattern, where its agent is, and its own polarity.</summary>
internal sealed record ResponsibilityCue(CueRole Role, bool Rejects, Regex Pattern);

/// <summary>A labelled pattern (cause cues, evidence status cues).</summary>
internal sealed record LabelledCue(string Label, Regex Pattern);

/// <summary>
/// The word lists and patterns of hypothesis and stance finding, read once from
/// Resources/Hypotheses (and the speech verbs of Resources/Quotes). Immutable and thread-safe.
/// </summary>
internal sealed class HypothesisLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private HypothesisLexicon()
    {
        Responsibility = [.. Lexicon.Lines("Hypotheses/responsibility-cues.txt").Select(l => l.Split('\t')).Where(f => f.Length == 3)
            .Select(f => new ResponsibilityCue(Enum.Parse<CueRole>(f[0], ignoreCase: true), f[1] == "rejects", Compile(f[2])))];
        Causes = Labelled("Hypotheses/cause-cues.txt");
        EvidenceStatus = Labelled("Hypotheses/evidence-status.txt");
        Dismissals = [.. Lexicon.Lines("Hypotheses/dismissal-cues.txt").Select(Compile)];
        Emphasis = [.. Lexicon.Lines("Hypotheses/emphasis-cues.txt").Select(Compile)];
        var negations = Lexicon.Lines("Hypotheses/negation-cues.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2).ToList();
        CloseNegation = [.. negations.Where(f => f[0] == "close").Select(f => Compile(f[1]))];
        ClauseNegation = [.. negations.Where(f => f[0] == "clause").Select(f => Compile(f[1]))];
        var eventLines = Lexicon.Lines("Hypotheses/event-words.txt").Select(l => l.Split(' ', 2)).Where(f => f.Length == 2).ToList();
        EventWords = new HashSet<string>(eventLines.Select(f => f[1]), StringComparer.OrdinalIgnoreCase);
        EventNouns = new HashSet<string>(eventLines.Where(f => f[0] == "event").Select(f => f[1]), StringComparer.OrdinalIgnoreCase);
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (string line in Lexicon.Lines("Quotes/SpeechVerbs.txt"))
        {
            verbs.UnionWith(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (string line in Lexicon.Lines("Hypotheses/attribution-cues.txt"))
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            (words[0] == "noun" ? nouns : verbs).UnionWith(words.Skip(1));
        }

        nouns.ExceptWith(["claim"]);
        AttributionVerbs = verbs;
        AttributionNouns = nouns;
        FalseFlag = Compile(@"\bfalse[- ]flag\b");
        AccordingTo = Compile(@"\baccording\s+to\b");
    }

    public static HypothesisLexicon Instance { get; } = new();

    public IReadOnlyList<ResponsibilityCue> Responsibility { get; }

    public IReadOnlyList<LabelledCue> Causes { get; }

    public IReadOnlyList<LabelledCue> EvidenceStatus { get; }

    public IReadOnlyList<Regex> Dismissals { get; }

    public IReadOnlyList<Regex> Emphasis { get; }

    public IReadOnlyList<Regex> CloseNegation { get; }

    public IReadOnlyList<Regex> ClauseNegation { get; }

    /// <summary>Words of the event and of its perpetrators: a cue counts only near one.</summary>
    public IReadOnlySet<string> EventWords { get; }

    /// <summary>Words of the event itself ("attack", "massacre"): "the X attack" presupposes X did it.</summary>
    public IReadOnlySet<string> EventNouns { get; }

    public IReadOnlySet<string> AttributionVerbs { get; }

    public IReadOnlySet<string> AttributionNouns { get; }

    public Regex FalseFlag { get; }

    public Regex AccordingTo { get; }

    /// <summary>Verbs of blaming whose -ing or base form, nested in another statement, is not itself a frame for other cues.</summary>
    public static bool IsBlameWord(string word) =>
        Regex.IsMatch(word, @"^(blam|pin|spin|spun|shift|point)", Options);

    private static Regex Compile(string pattern) => new(pattern, Options);

    private static List<LabelledCue> Labelled(string file) =>
        [.. Lexicon.Lines(file).Select(l => l.Split('\t')).Where(f => f.Length == 2).Select(f => new LabelledCue(f[0], Compile(f[1])))];
}
