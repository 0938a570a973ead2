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
internal sealed partial class PropositionLexicon
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
        ContentHeads = new HashSet<string>(HypothesisLexicon.Instance.AttributionNouns
            .Concat(Lexicon.WordSet("Hypotheses/claim-nouns.txt", StringComparer.OrdinalIgnoreCase))
            .Concat(SayingVerbs.Where(v => v.EndsWith("ing", StringComparison.OrdinalIgnoreCase))), StringComparer.OrdinalIgnoreCase);
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
            if (Contraries[p].A.Matches(text).FirstOrDefault(m => !Counterfactual(text, m.Index)) is { } a)
            {
                sides.Add((p, 0, a.Index));
            }

            if (Contraries[p].B.Matches(text).FirstOrDefault(m => !Counterfactual(text, m.Index)) is { } b)
            {
                sides.Add((p, 1, b.Index));
            }
        }

        return sides;
    }

    /// <summary>
    /// Whether the words at <paramref name="index"/> stand under a counterfactual modal of their own clause ("a contract
    /// that would have paid him to play", "he could have joined"): what did not happen is no side of a contrary pair.
    /// The clause runs back to the nearest punctuation.
    /// </summary>
    internal static bool Counterfactual(string text, int index)
    {
        int start = text.LastIndexOfAny([',', ';', ':', '.', '\u2013', '\u2014', '(', '"', '\u201C'], Math.Max(0, index - 1)) + 1;
        return CounterfactualModal().IsMatch(text[start..index]);
    }

    [GeneratedRegex(@"\b(would|could|might|should)(\s+not|n't)?\s+have\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CounterfactualModal();

    /// <summary>Where a sentence breaks into clauses in contrast: before ", however", "; but", "— while" … (Resources/Hypotheses/contrast-connectives.txt).</summary>
    public Regex ContrastBreak { get; }

    /// <summary>The connective that opens a clause split off by <see cref="ContrastBreak"/>.</summary>
    public Regex LeadingConnective { get; }

    /// <summary>Accusation, blame, responsibility and failure cues (Resources/Hypotheses/accusation-cues.txt).</summary>
    public IReadOnlyList<Regex> Accusations { get; }

    public IReadOnlySet<string> SayingVerbs { get; }

    public IReadOnlySet<string> FunctionWords { get; }

    /// <summary>
    /// The heads whose content clause is a statement held by someone, not the sentence's own assertion: nouns naming a
    /// statement ("a rumor that …") and verbs of saying in the -ing form that modify such a noun ("a story suggesting
    /// that …"). A finite verb of saying ("X told reporters that P") makes P the subject's own statement — when P is a
    /// denial, it is the denial, not what is denied.
    /// </summary>
    public IReadOnlySet<string> ContentHeads { get; }


    /// <summary>
    /// The proposition a denial names by a content clause, or null: "a rumor that X has been called rubbish" → X,
    /// "a story suggesting that X is false" → X, "the ministry denied reports that X" → X. The clause is the last
    /// "that" before the denial cue (or the first after it) whose head — a noun naming a statement or a verb of
    /// saying, at most <see cref="ContentHeadReach"/> words before it — it complements; before the cue it ends
    /// where the verb group of the denial begins ("has been called", "is"), after the cue at the next clause break.
    /// </summary>
    public string? DeniedContent(string text)
    {
        (double weight, int at) = Denial(text);
        if (weight == 0)
        {
            return null;
        }

        var heads = ThatWord().Matches(text).Where(m => HeadsContent(text, m.Index)).ToList();
        Match? before = heads.LastOrDefault(m => m.Index + m.Length <= at);
        if (before is not null)
        {
            string content = DenialVerbGroup().Replace(text[(before.Index + before.Length)..at], string.Empty);
            return Clean(content);
        }

        Match? after = ThatWord().Matches(text).FirstOrDefault(m => m.Index > at && (HeadsContent(text, m.Index) || HeadsContent(text, m.Index, DenyingVerb().IsMatch)));
        if (after is null)
        {
            return null;
        }

        string rest = text[(after.Index + after.Length)..];
        Match stop = ClauseStop().Match(rest);
        return Clean(stop.Success ? rest[..stop.Index] : rest);
    }

    /// <summary>How many words before "that" its head may stand ("a story that appeared in a paper suggesting that …").</summary>
    internal const int ContentHeadReach = 3;

    /// <summary>A content clause names a proposition when it has at least this many words (a subject and a predicate with its object): "the figure" names none.</summary>
    internal const int MinContentWords = 5;

    /// <summary>True when the text embeds a content clause under a noun naming a statement or a verb of saying ("suggestions that …"): it reports a statement rather than making it.</summary>
    public bool EmbedsContent(string text) => ThatWord().Matches(text).Any(m => HeadsContent(text, m.Index));

    private bool HeadsContent(string text, int thatAt, Func<string, bool>? isHead = null)
    {
        var words = WordBefore().Matches(text[..thatAt]).TakeLast(ContentHeadReach).Select(m => m.Value);
        return words.Any(isHead ?? ContentHeads.Contains);
    }

    /// <summary>A verb of denying: after one, the content clause is what is denied ("denied that …").</summary>
    [GeneratedRegex(@"^(den(y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|rebut\w*|refut\w*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenyingVerb();

    private static string? Clean(string content)
    {
        string c = content.Trim().Trim('"', '“', '”', '\'', ',', ';', ' ').TrimEnd('.');
        return c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinContentWords ? null : c + ".";
    }

    [GeneratedRegex(@"\bthat\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ThatWord();

    [GeneratedRegex(@"[\p{L}'\u2019]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordBefore();

    /// <summary>The verb group that leads to a denial cue: auxiliaries, an adverb, a participle, "as", or a raising verb ("turn out to be", "appeared to"), and an opening quote mark.</summary>
    [GeneratedRegex(@"[\s,]*(((has|have|had|is|are|was|were|been|being|be|will|would|may|might)\s+)+(\w+ly\s+)?(\w+(ed|en|t)\s+)?(as\s+)?|(\w+ly\s+)?(turn|seem|appear|prove)(s|ed|n)?\s+(out\s+)?(to\s+)?(be\s+)?)[""\u201c']?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialVerbGroup();

    /// <summary>Where a content clause after the denial ends: an attribution (", according to", ", a spokesman said") or a new clause.</summary>
    [GeneratedRegex(@"\s*(,\s*(according|said|says|saying|adding|which|who)\b|,\s*([\w'\u2019]+\s+){1,4}(said|says|told|added|reported)\b|;|\s[\u2013\u2014]\s|\.\s|\.$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseStop();

    /// <summary>
    /// True when a denial cue stands under a negation of its own clause ("did not deny the report", "does not seem prone
    /// to exaggeration", "the claim is not false"): a denial denied asserts. The negation must come before the cue, at
    /// most <see cref="NegationReach"/> words away, with no clause break (punctuation or a conjunction that opens a clause) between; a cue whose own words hold the
    /// negation ("not true", "never happened") is not negated by it.
    /// </summary>
    private static bool NegatedCue(string text, Match cue)
    {
        if (HoldsNegator().IsMatch(cue.Value))
        {
            return false;
        }

        string before = text[..cue.Index];
        int clause = before.LastIndexOfAny([',', ';', ':', '\u2014', '\u2013', '.', '"', '\u201c', '\u201d']);
        // A conjunction that opens a new clause ends the negation's reach; "or" does not ("not a nut job or prone to
        // exaggeration" negates both).
        var words = WordBefore().Matches(before[(clause + 1)..]).TakeLast(NegationReach).ToList();
        int opens = words.FindLastIndex(w => ClauseConjunction().IsMatch(w.Value));
        return words.Skip(opens + 1).Any(w => NegatorWord().IsMatch(w.Value));
    }

    /// <summary>How many words before a denial cue a negation of its clause may stand.</summary>
    internal const int NegationReach = 12;

    [GeneratedRegex(@"^(and|but|while|whereas|although|though|because|yet|which|who)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseConjunction();

    /// <summary>A negation of a verb ("not", "never", "-n't"); "no" negates a noun ("no doubt the story was invented") and is left out.</summary>
    [GeneratedRegex(@"^(not|never)$|n[\u2019']t$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatorWord();

    [GeneratedRegex(@"\b(not|never)\b|n[\u2019']t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HoldsNegator();

    /// <summary>The strongest denial in <paramref name="text"/> (0 when none) and where it is.</summary>
    public (double Weight, int Index) Denial(string text)
    {
        double best = 0;
        int at = -1;
        foreach (DenialCue cue in Denials)
        {
            Match? m = cue.Pattern.Matches(text).FirstOrDefault(x => !NegatedCue(text, x));
            if (m is not null && (cue.Weight > best || (cue.Weight == best && m.Index < at)))
            {
                best = cue.Weight;
                at = m.Index;
            }
        }

        return (best, at);
    }
}
