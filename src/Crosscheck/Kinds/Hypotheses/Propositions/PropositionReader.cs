using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>Reads every sentence of an article into a <see cref="PropositionSentence"/>.</summary>
internal static partial class PropositionReader
{
    private static readonly HashSet<string> Negators = new(StringComparer.OrdinalIgnoreCase) { "not", "n't", "never", "no", "nor", "nothing", "neither", "none" };

    /// <summary>The sentences of <paramref name="view"/> with a body of at least three words, in text order.</summary>
    public static IReadOnlyList<PropositionSentence> Read(ArticleView view, IReadOnlyList<AttributionRelation> attributions)
    {
        var lex = PropositionLexicon.Instance;
        var result = new List<PropositionSentence>();
        int bodyStart = view.Document.Document.BodyStart;
        string? title = view.Document.Document.Title;
        int bodyIndex = 0;
        Sentence? previous = null;
        foreach (Sentence sentence in view.Sentences)
        {
            Sentence s = sentence;
            bool answered = false;
            if (previous is not null && result.Count > 0 && ReferenceEquals(result[^1].Sentence, previous) && EllipticalNo().IsMatch(s.Text.Trim())
                && TruthQuestion().IsMatch(previous.Text))
            {
                // "I asked the ministry if the reports were true. They weren't." — the short answer takes its predicate
                // from the question before it: the two sentences read as one denial in the writer's voice.
                s = new Sentence(previous.Index, previous.Paragraph, new TextSpan(previous.Span.Start, s.Span.End),
                    view.Document.Text[previous.Span.Start..s.Span.End], [.. previous.Tokens, .. s.Tokens]);
                result.RemoveAt(result.Count - 1);
                bodyIndex = Math.Max(0, bodyIndex - (previous.Span.Start < bodyStart ? 0 : 1));
                answered = true;
            }

            previous = sentence;
            var words = s.Tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).ToList();
            if (words.Count < 3)
            {
                continue;
            }

            bool head = s.Span.Start < bodyStart;
            bool isTitle = head && title is not null && s.Text.Trim().Length > 0 && title.Contains(s.Text.Trim(), StringComparison.Ordinal);
            string text = s.Text;
            Quote? quote = view.Quotes.FirstOrDefault(q => Overlap(q.Span, s.Span) * 2 > s.Span.Length);
            AttributionRelation? attribution = attributions.FirstOrDefault(a => a.CueSpan.Start >= s.Span.Start && a.CueSpan.End <= s.Span.End
                && a.ContentSpans.Any(c => Overlap(c, s.Span) > 0));
            bool saying = words.Any(t => lex.SayingVerbs.Contains(t.Text));
            bool hedged = lex.Hedges.Any(r => r.IsMatch(text));
            bool factive = lex.Factives.Any(r => r.IsMatch(text));
            bool question = text.TrimEnd().EndsWith('?') || Conditional().IsMatch(text);
            bool negated = NegatedVerb().IsMatch(text) && !NotAFirst().IsMatch(text);
            (double denial, int denialAt) = answered ? (1.0, text.Length - 1) : lex.Denial(text);
            bool accordingTo = text.Contains("according to", StringComparison.OrdinalIgnoreCase);
            var contraries = lex.ContrarySides(text);
            (string? holder, TextSpan? holderSpan) = HolderOf(view, quote, attribution);
            result.Add(new PropositionSentence(view, s, head ? -1 : bodyIndex, isTitle,
                Reported: !answered && (quote is not null || attribution is not null || saying || hedged),
                DenialReported: !answered && denial > 0 && (quote is not null || accordingTo || DenialIsSomeonesElse(s, denialAt, lex)
                    || attributions.Any(a => a.Source is not null && !ClaimNouns.Contains(a.Cue) && a.ContentSpans.Any(c => c.Start <= s.Span.Start + denialAt && s.Span.Start + denialAt < c.End))),
                Factive: factive && quote is null,
                Question: question,
                Negated: negated && !answered,
                Denial: denial,
                Holder: holder,
                HolderSpan: holderSpan,
                Terms: TermsOf(words, lex))
            {
                ContrarySides = [.. contraries.Select(c => (c.Pair, c.Side))],
                NegatedClauses = negated ? NegatedClauses(text, lex) : null,
                ContraryReported = contraries.Count > 0 && (quote is not null || accordingTo || DenialIsSomeonesElse(s, contraries.Min(c => c.Index), lex)),
            });
            if (!head)
            {
                bodyIndex++;
            }
        }

        return result;
    }

    /// <summary>
    /// The content terms of a negated sentence's negated clauses and of its other clauses, when the negation stands in
    /// some of its clauses only ("the tour will never happen — because the singer tore up the contract"); null when
    /// every clause is negated or the negated clauses are too short to name anything of their own. Clauses break at contrast connectives, dashes, semicolons and "because"/", saying".
    /// </summary>
    private static (IReadOnlyDictionary<string, int> Negated, IReadOnlyDictionary<string, int> Plain)? NegatedClauses(string text, PropositionLexicon lex)
    {
        var clauses = ClauseBreak().Split(text).SelectMany(c => lex.ContrastBreak.Split(c)).Where(c => c.Trim().Length > 0).ToList();
        var negated = clauses.Where(c => NegatedVerb().IsMatch(c) && !NotAFirst().IsMatch(c)).ToList();
        if (negated.Count == 0 || negated.Count == clauses.Count)
        {
            return null;
        }

        IReadOnlyDictionary<string, int> Terms(IEnumerable<string> parts) =>
            TermsOf(parts.SelectMany(c => Annotation.Tokenizer.Tokenize(c, new TextSpan(0, c.Length))).Where(t => t.Kind is TokenKind.Word or TokenKind.Number), lex);
        // A short negated clause ("none had been confirmed", "it is not so") speaks of what the other clauses say.
        var negatedTerms = Terms(negated);
        return negatedTerms.Count < PropositionFinder.ShortDenialTerms ? null : (negatedTerms, Terms(clauses.Except(negated)));
    }

    /// <summary>Where a sentence breaks into clauses besides contrast: dashes, semicolons, "because", ", saying".</summary>
    [GeneratedRegex(@"\s[\u2013\u2014]\s|\s*;\s*|\s+(?=because\b)|,\s*(?=saying\b)|\s+--\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    /// <summary>
    /// True when a denial is someone's act of saying rather than the writer's judgement: a verb of saying before it
    /// ("X told Y that the figure is not accurate"), or a verb of denying in the active voice ("X denied the claim").
    /// A claim noun before it is what is denied ("the claims turn out to be exaggerated"), and a passive denial
    /// without its agent ("the story is being widely disputed") is the writer's.
    /// </summary>
    private static bool DenialIsSomeonesElse(Sentence s, int denialAt, PropositionLexicon lex)
    {
        int at = s.Span.Start + denialAt;
        var words = s.Tokens.Where(t => t.Kind == TokenKind.Word).ToList();
        int cue = words.FindIndex(t => t.Span.End > at);
        if (cue < 0)
        {
            return false;
        }

        bool sayingBefore = words.Take(cue).Any(t => lex.SayingVerbs.Contains(t.Text) && !ClaimNouns.Contains(t.Text));
        if (sayingBefore)
        {
            return true;
        }

        string first = words[cue].Text.ToLowerInvariant();
        if (!DenyingVerb().IsMatch(first))
        {
            return false;
        }

        string before = cue > 0 ? words[cue - 1].Text.ToLowerInvariant() : "";
        // A factive verb of denying ("X debunked the report") presupposes what it says: the report is false in the
        // writer's voice too, unless the act is only attempted ("sought to debunk"); a participle without an object
        // ("Five Myths Debunked") is no act of the subject's.
        if (FactiveDenyingVerb().IsMatch(first) && before != "to" && cue + 1 < words.Count)
        {
            return false;
        }

        // "is denying" is the progressive of an active verb; only a participle ("is disputed", "was denied") is passive.
        bool passive = !first.EndsWith("ing", StringComparison.Ordinal) && (before is "is" or "was" or "are" or "were" or "been" or "being" or "be" || (cue > 1 && words[cue - 2].Text.ToLowerInvariant() is "being" or "been" && before.EndsWith("ly", StringComparison.Ordinal)));
        return !passive || s.Text[(at - s.Span.Start)..].Contains(" by ", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly HashSet<string> ClaimNouns = Lexicon.WordSet("Hypotheses/claim-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of denying that are factive: what they say is false, the writer takes as false ("debunked", "disproved").</summary>
    [GeneratedRegex(@"^(debunk\w*|disprov\w*)$", RegexOptions.CultureInvariant)]
    private static partial Regex FactiveDenyingVerb();

    [GeneratedRegex(@"^(den(y|ies|ied|ying)|reject\w*|dismiss\w*|disput\w*|contradict\w*|rebut\w*|refut\w*|debunk\w*|discredit\w*|challeng\w*|question\w*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DenyingVerb();

    /// <summary>
    /// Who a reported sentence is attributed to: a quote's speaker (as the quote finder resolved it), else the
    /// tagger's source when it names an entity of the set (a bare "You" or a sentence's first word is no holder),
    /// by that entity's name.
    /// </summary>
    private static (string? Name, TextSpan? Span) HolderOf(ArticleView view, Quote? quote, AttributionRelation? attribution)
    {
        if (quote?.Speaker is not null)
        {
            AgentMention? mention = view.SpeakerMention(quote);
            return (mention is { IsPronoun: false } ? mention.Name : quote.Speaker, quote.SpeakerSpan);
        }

        if (attribution?.SourceSpan is not { } span)
        {
            return (null, null);
        }

        AgentMention? named = view.Mentions.FirstOrDefault(m => m.Span.Start < span.End && span.Start < m.Span.End);
        return named is null ? (null, null) : (named.Name, named.Span);
    }

    /// <summary>Content terms: words that are not function words or verbs of saying, lower case, lightly stemmed; numbers as written.</summary>
    internal static Dictionary<string, int> TermsOf(IEnumerable<Token> words, PropositionLexicon lex)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Token t in words)
        {
            string w = t.Text.ToLowerInvariant().Replace("’", "'", StringComparison.Ordinal);
            if (w.EndsWith("'s", StringComparison.Ordinal))
            {
                w = w[..^2];
            }

            if (w.Length < 2 || lex.FunctionWords.Contains(w) || lex.SayingVerbs.Contains(w) || Negators.Contains(w))
            {
                continue;
            }

            string stem = t.Kind == TokenKind.Number ? w.Replace(",", "", StringComparison.Ordinal) : Stem(w);
            terms[stem] = terms.GetValueOrDefault(stem) + 1;
        }

        return terms;
    }

    /// <summary>A light suffix stripper: enough to meet "killed" with "kill" and "dams" with "dam".</summary>
    internal static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
        {
            return w[..^3] + "y";
        }

        foreach (string suffix in (string[])["ing", "ed", "es", "s"])
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
            {
                return w[..^suffix.Length];
            }
        }

        return w;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    /// <summary>A negated verb: "did not make", "was never", "didn't", "none of the bodies", "no one was".</summary>
    [GeneratedRegex(@"\b(do|does|did|is|are|was|were|has|have|had|can|could|will|would|should|may|might|must)\s*(not|n[’']t)\b|\b(never|none|nobody|nothing|neither|nor)\b|\bno\s+(one|longer)\b|\b(ca|wo|ai)n[’']t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegatedVerb();

    /// <summary>A short negative answer whose predicate is elided: "They weren't.", "It is not.", "It didn't."</summary>
    [GeneratedRegex(@"^(they|it|he|she|that|this|none)\s+(were|was|is|are|did|does|do|had|has|have)\s*(not|n[’']t)(\s+(true|so))?\s*[.!]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EllipticalNo();

    /// <summary>A sentence that asks whether something is true: "I asked … if his comments were true", "whether the reports were accurate".</summary>
    [GeneratedRegex(@"\b(if|whether)\b.{1,120}\b(true|accurate|correct|real|genuine|the\s+case)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TruthQuestion();

    /// <summary>A sentence that opens with a condition ("If the video does indeed show…") states a hypothetical, not a fact.</summary>
    [GeneratedRegex(@"^\W*(if|unless|whether|suppose|supposing|assuming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    /// <summary>Negations that assert rather than deny: "not the first time", "not only", "not just".</summary>
    [GeneratedRegex(@"\bnot\s+(the\s+first|the\s+only|only|just|least|until|merely|simply)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotAFirst();
}
