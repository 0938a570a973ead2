using System.Globalization;
using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>A denial pattern and its weight (1 = says the statement is false, 0.5 = says it is unproven).</summary>
internal sealed record DenialCue(double Weight, Regex Pattern);

/// <summary>
/// The word lists of proposition finding: denial and doubt cues (Resources/Hypotheses/denial-cues.txt), hedges and
/// factive frames (report-cues.txt), the verbs of saying (shared with the claim scanner) and the function words
/// that carry no content. Read once; immutable and thread-safe.
/// </summary>
internal sealed class PropositionLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private PropositionLexicon()
    {
        Denials = [.. Lexicon.Lines("Hypotheses/denial-cues.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2)
            .Select(f => new DenialCue(double.Parse(f[0], CultureInfo.InvariantCulture), new Regex(f[1], Options)))];
        var report = Lexicon.Lines("Hypotheses/report-cues.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2).ToList();
        Hedges = [.. report.Where(f => f[0] == "hedge").Select(f => new Regex(f[1], Options))];
        Factives = [.. report.Where(f => f[0] == "factive").Select(f => new Regex(f[1], Options))];
        Contraries = [.. Lexicon.Lines("Hypotheses/contrary-predicates.txt").Select(l => l.Split('\t')).Where(f => f.Length == 2)
            .Select(f => (new Regex(f[0], Options), new Regex(f[1], Options)))];
        Accusations = [.. Lexicon.Lines("Hypotheses/accusation-cues.txt").Select(l => new Regex(l, Options))];
        string connectives = string.Join('|', Lexicon.Lines("Hypotheses/contrast-connectives.txt"));
        ContrastBreak = new Regex(@"\s*[,;\u2013\u2014-]\s*(?=\b(?:" + connectives + @")\b)", Options);
        LeadingConnective = new Regex(@"^(?:" + connectives + @")\b,?\s*", Options);
        SayingVerbs = HypothesisLexicon.Instance.AttributionVerbs;
        FunctionWords = Lexicon.LineSet("function-words.txt", StringComparer.OrdinalIgnoreCase);
    }

    public static PropositionLexicon Instance { get; } = new();

    public IReadOnlyList<DenialCue> Denials { get; }

    public IReadOnlyList<Regex> Hedges { get; }

    public IReadOnlyList<Regex> Factives { get; }

    /// <summary>Pairs of predicates that exclude each other (Resources/Hypotheses/contrary-predicates.txt).</summary>
    public IReadOnlyList<(Regex A, Regex B)> Contraries { get; }

    /// <summary>The sides of the contrary pairs <paramref name="text"/> takes: (pair, side 0 or 1, index of the words).</summary>
    public IReadOnlyList<(int Pair, int Side, int Index)> ContrarySides(string text)
    {
        var sides = new List<(int, int, int)>();
        for (int p = 0; p < Contraries.Count; p++)
        {
            if (Contraries[p].A.Match(text) is { Success: true } a)
            {
                sides.Add((p, 0, a.Index));
            }

            if (Contraries[p].B.Match(text) is { Success: true } b)
            {
                sides.Add((p, 1, b.Index));
            }
        }

        return sides;
    }

    /// <summary>Where a sentence breaks into clauses in contrast: before ", however", "; but", "— while" … (Resources/Hypotheses/contrast-connectives.txt).</summary>
    public Regex ContrastBreak { get; }

    /// <summary>The connective that opens a clause split off by <see cref="ContrastBreak"/>.</summary>
    public Regex LeadingConnective { get; }

    /// <summary>Accusation, blame, responsibility and failure cues (Resources/Hypotheses/accusation-cues.txt).</summary>
    public IReadOnlyList<Regex> Accusations { get; }

    public IReadOnlySet<string> SayingVerbs { get; }

    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>The strongest denial in <paramref name="text"/> (0 when none) and where it is.</summary>
    public (double Weight, int Index) Denial(string text)
    {
        double best = 0;
        int at = -1;
        foreach (DenialCue cue in Denials)
        {
            Match m = cue.Pattern.Match(text);
            if (m.Success && (cue.Weight > best || (cue.Weight == best && m.Index < at)))
            {
                best = cue.Weight;
                at = m.Index;
            }
        }

        return (best, at);
    }
}
