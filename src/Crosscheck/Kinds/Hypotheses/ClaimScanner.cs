using System.Text.RegularExpressions;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// Finds the claims of one article, sentence by sentence: responsibility cues with their agents (left or
/// right of the cue by the cue's role), "the X attack" presuppositions, false-flag and cause cues; each
/// with its holder (quote speaker, "according to", a parenthetical "X argues", the subject of the nearest
/// verb of saying or possessor of a claim noun, or the author), its polarity (the cue's own, turned by a
/// close negator or a governing denial) and the evidence status and author dismissals around it.
/// </summary>
internal sealed partial class ClaimScanner
{
    private static readonly HashSet<string> LeftBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", ",", ";", ":", ".", "but", "while", "if", "because", "although", "–", "—", "(", ")",
        "of", "for", "on", "in", "to", "with", "from", "by", "at", "about", "against", "than", "whether",
    };

    private static readonly HashSet<string> RightBoundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ".", ";", ":", "that", "which", "who", "because", "while", "but", "for", "when", "after", "since", "(", ")",
    };

    private static readonly Regex Hedge = new(@"\b(appears?|appeared|seems?|seemed|apparently|likely|probably|possibly|may|might|could|suspected|allegedly|reportedly)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Parenthetical = new(
        @",\s*([^,]{1,50}?)\s+(" + string.Join('|', Lexicon.Words("Hypotheses/parenthetical-verbs.txt")) + @")\s*,", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex Anaphoric = new(@"\b(this|these|that|those|such)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>How far (in characters) a dismissal word reaches from the claim it dismisses.</summary>
    private const int DismissalReach = 80;

    private readonly HypothesisLexicon _lex = HypothesisLexicon.Instance;
    private readonly ArticleView _view;

    public ClaimScanner(ArticleView view) => _view = view;

    /// <summary>All claims of the article, in text order.</summary>
    public IReadOnlyList<Claim> Scan()
    {
        var perSentence = new List<List<Claim>>();
        for (int i = 0; i < _view.Sentences.Count; i++)
        {
            perSentence.Add(ScanSentence(i));
        }

        for (int i = 0; i < _view.Sentences.Count; i++)
        {
            ApplyEvidenceStatus(perSentence, i);
            ApplyDismissals(perSentence[i], _view.Sentences[i]);
        }

        return [.. perSentence.SelectMany(c => c)];
    }

    private List<Claim> ScanSentence(int index)
    {
        Sentence s = _view.Sentences[index];
        string text = _view.Text[s.Span.Start..s.Span.End];
        var claims = new List<Claim>();
        if (!EventNear(index))
        {
            return claims;
        }

        foreach (ResponsibilityCue cue in _lex.Responsibility)
        {
            foreach (Match m in cue.Pattern.Matches(text))
            {
                if (ResponsibilityClaim(s, cue, m.Index + s.Span.Start, m.Index + m.Length + s.Span.Start) is { } claim)
                {
                    claims.Add(claim);
                }
            }
        }

        claims.AddRange(Presuppositions(s));
        foreach (Match m in _lex.FalseFlag.Matches(text))
        {
            if (FalseFlagClaim(s, m.Index + s.Span.Start, m.Index + m.Length + s.Span.Start) is { } claim)
            {
                claims.Add(claim);
            }
        }

        foreach (LabelledCue cause in _lex.Causes)
        {
            foreach (Match m in cause.Pattern.Matches(text))
            {
                int start = m.Index + s.Span.Start;
                if (claims.Any(c => c.Kind == ClaimKind.Cause && c.Cue.Start <= start && start < c.Cue.End))
                {
                    continue;
                }

                Frame f = FrameOf(s, start, []);
                bool negated = Negated(s, start, f.ScopeStart, close: false);
                claims.Add(new Claim(_view.Id, ClaimKind.Cause, [], cause.Label, f.Holder, f.HolderName, f.Attributed, negated,
                    Confidence(s, start, f), new TextSpan(start, start + m.Length), s, false));
            }
        }

        return Deduplicate(claims);
    }

    private Claim? ResponsibilityClaim(Sentence s, ResponsibilityCue cue, int start, int end)
    {
        List<AgentMention> agents;
        switch (cue.Role)
        {
            case CueRole.Self or CueRole.Before:
                agents = LeftAgents(start, s.Span.Start);
                if (agents.Count == 0 && GenericSubject().IsMatch(_view.Text[s.Span.Start..start]))
                {
                    agents = CopulaAgent(end, s.Span.End);
                }

                if (cue.Role == CueRole.Self && Regex.IsMatch(_view.Text[end..s.Span.End], @"^\s+for\s+(a|an)\b"))
                {
                    return null; // "claimed responsibility for an attack": another event
                }

                break;
            case CueRole.Blame when Regex.IsMatch(_view.Text[start..end], "^accus", RegexOptions.IgnoreCase):
                agents = RightAgents(end, s.Span.End);
                if (agents.Count > 0 && Regex.Match(_view.Text[agents[^1].Span.End..s.Span.End], @"^\s+of\s+(\w+)") is { Success: true } g
                    && HypothesisLexicon.IsBlameWord(g.Groups[1].Value))
                {
                    return null; // "accused X of blaming Y": X is the holder of a nested blame, not an agent
                }

                break;
            default:
                agents = RightAgents(end, s.Span.End);
                break;
        }

        if (agents.Count == 0)
        {
            return null;
        }

        Frame frame;
        Quote? quote = _view.QuoteAt(start);
        if (quote?.Speaker is not null)
        {
            frame = FrameOf(s, start, agents);
        }
        else if (cue.Role == CueRole.Self)
        {
            frame = new Frame(agents[0], agents[0].Name, true, agents[^1].Span.End);
        }
        else if (cue.Role == CueRole.Blame)
        {
            bool participle = Regex.IsMatch(_view.Text[s.Span.Start..start], @",\s*$");
            AgentMention? subject = SubjectOf(s, participle ? s.Span.Start : start, agents);
            frame = new Frame(subject, subject?.Name, true, subject?.Span.End ?? start);
        }
        else
        {
            frame = FrameOf(s, start, agents);
        }

        int negStart = cue.Role is CueRole.Self or CueRole.Blame ? start : Math.Min(start, agents.Min(a => a.Span.Start));
        bool inner = InnerNegation().IsMatch(_view.Text[start..end]);
        bool rejects = cue.Rejects ^ (inner || Negated(s, negStart, frame.ScopeStart));
        return new Claim(_view.Id, ClaimKind.Responsibility, agents, null, frame.Holder, frame.HolderName, frame.Attributed, rejects,
            Confidence(s, start, frame), new TextSpan(start, end), s, false);
    }

    /// <summary>"the X massacre", "X's brutal attack": the author takes X's act for granted.</summary>
    private IEnumerable<Claim> Presuppositions(Sentence s)
    {
        foreach (AgentMention m in _view.MentionsIn(s.Span.Start, s.Span.End).Where(m => m.Type == EntityType.Organization && !m.IsPronoun))
        {
            Match after = Regex.Match(_view.Text[m.Span.End..s.Span.End], @"^(['’]s)?(\s+[a-z][\w-]*){1,3}");
            var words = after.Groups[2].Captures.Select(c => c.Value.Trim()).ToList();
            int noun = words.FindIndex(w => _lex.EventNouns.Contains(w));
            if (!after.Success || noun < 0
                || words.Take(noun).Any(w => ArticleView.IsPreposition(w) || w is "and" or "or" or "the" or "a" or "an" or "is" or "was" or "has" or "had")
                || Regex.IsMatch(_view.Text[s.Span.Start..m.Span.Start], @"\b(a|an)\s*$", RegexOptions.IgnoreCase)
                || _view.QuoteAt(m.Span.Start) is not null)
            {
                continue;
            }

            Frame f = FrameOf(s, m.Span.Start, [m]);
            int end = after.Groups[2].Captures[noun].Index + after.Groups[2].Captures[noun].Length + m.Span.End;
            yield return new Claim(_view.Id, ClaimKind.Responsibility, [m], null, f.Holder, f.HolderName, f.Attributed, false,
                0.7, new TextSpan(m.Span.Start, end), s, true);
        }
    }

    private Claim? FalseFlagClaim(Sentence s, int start, int end)
    {
        List<AgentMention> agents = [];
        Match by = Regex.Match(_view.Text[end..s.Span.End], @"^[^.;:]{0,60}?\bby\b");
        if (by.Success)
        {
            agents = RightAgents(end + by.Length, s.Span.End);
        }

        if (agents.Count == 0)
        {
            agents = [.. LeftAgents(start, s.Span.Start).Take(1)];
        }

        if (agents.Count == 0 && SubjectOf(s, start, []) is { } subject && subject.Type != EntityType.Place && !NamesEvent(subject))
        {
            agents = [subject]; // "X is suspected of a false flag"
        }

        Frame f = FrameOf(s, start, agents);
        bool negated = Negated(s, start, f.ScopeStart);
        return new Claim(_view.Id, ClaimKind.FalseFlag, agents, null, f.Holder, f.HolderName, f.Attributed, negated,
            Confidence(s, start, f), new TextSpan(start, end), s, false);
    }

    /// <summary>Whose words the position is in.</summary>
    private Frame FrameOf(Sentence s, int position, IReadOnlyList<AgentMention> agents)
    {
        if (_view.QuoteAt(position) is { Speaker: { } speaker } q)
        {
            AgentMention? mention = _view.SpeakerMention(q);
            return new Frame(mention, mention?.Name ?? _view.Directory.ByName(speaker)?.Name ?? speaker, true, q.Span.Start);
        }

        string text = _view.Text[s.Span.Start..s.Span.End];
        Match according = _lex.AccordingTo.Match(text);
        if (according.Success)
        {
            // "according to X" (before or after the claim) puts the whole sentence in X's mouth, named or not.
            int from = according.Index + according.Length + s.Span.Start;
            AgentMention? who = _view.MentionsIn(from, Math.Min(s.Span.End, from + 50)).FirstOrDefault();
            return new Frame(who, who?.Name, true, who?.Span.End ?? s.Span.Start);
        }

        foreach (Match p in Parenthetical.Matches(text))
        {
            int from = p.Groups[1].Index + s.Span.Start;
            AgentMention? who = _view.MentionsIn(from, from + p.Groups[1].Length).LastOrDefault(m => !agents.Contains(m));
            if (who is not null)
            {
                return new Frame(who, who.Name, true, s.Span.Start);
            }
        }

        // The nearest word of saying or claim noun before the position.
        foreach ((string word, int ws, int we) in WordsBackward(s.Span.Start, position))
        {
            bool verb = _lex.AttributionVerbs.Contains(word) && !HypothesisLexicon.IsBlameWord(word);
            bool noun = _lex.AttributionNouns.Contains(word);
            if (!verb && !noun)
            {
                continue;
            }

            if (noun && Possessor(s, ws, agents) is { } possessor)
            {
                return new Frame(possessor, possessor.Name, true, possessor.Span.End);
            }

            AgentMention? subject = SubjectOf(s, ws, agents, fallback: false);
            return new Frame(subject, subject?.Name, true, subject?.Span.End ?? we);
        }

        return TrailingAttribution(s, position, agents) ?? Frame.Author(s.Span.Start);
    }

    /// <summary>"X was behind it, police said": a comma and, within five words, a verb of saying (not an -ing form) after the position.</summary>
    private Frame? TrailingAttribution(Sentence s, int position, IReadOnlyList<AgentMention> agents)
    {
        int comma = -1, words = 0;
        foreach ((string word, int ws, int _) in _view.Words(position, s.Span.End))
        {
            if (word == ",")
            {
                comma = ws;
                words = 0;
                continue;
            }

            if (comma < 0)
            {
                continue;
            }

            if (++words > 5 || word is "." or ";" or ":")
            {
                comma = -1;
                continue;
            }

            if (_lex.AttributionVerbs.Contains(word) && !word.EndsWith("ing", StringComparison.Ordinal) && !HypothesisLexicon.IsBlameWord(word)
                && !_lex.Responsibility.Any(c => c.Pattern.Match(_view.Text, ws, Math.Min(80, s.Span.End - ws)) is { Success: true } m && m.Index == ws))
            {
                AgentMention? who = _view.MentionsIn(comma, ws).LastOrDefault(m => !agents.Contains(m));
                return new Frame(who, who?.Name, true, s.Span.Start);
            }
        }

        return null;
    }

    /// <summary>"X's claim", "the X line", "Peruvian claims": an agent mention within two words before a claim noun.</summary>
    private AgentMention? Possessor(Sentence s, int nounStart, IReadOnlyList<AgentMention> agents)
    {
        int words = 0;
        foreach ((string word, int ws, int we) in WordsBackward(s.Span.Start, nounStart))
        {
            if (_view.Mentions.FirstOrDefault(m => m.Span.Start <= ws && ws < m.Span.End && !agents.Contains(m)) is { } m)
            {
                return m;
            }

            if (word is "’s" or "'s" or "’" or "'")
            {
                continue;
            }

            if (++words > 2 || !Regex.IsMatch(word, "^[a-z-]+$") || ArticleView.IsPreposition(word))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The subject of a verb at <paramref name="verbStart"/>: the nearest mention before it that is no prepositional object and no agent; else the sentence's first such mention.</summary>
    private AgentMention? SubjectOf(Sentence s, int verbStart, IReadOnlyList<AgentMention> agents, bool fallback = true)
    {
        bool Eligible(AgentMention m) => !agents.Any(a => a.Span == m.Span) && !_view.IsPrepositionalObject(m, s.Span.Start) && !InRelativeClause(s, m) && !NamesEvent(m);
        AgentMention? before = _view.MentionsIn(s.Span.Start, verbStart).LastOrDefault(Eligible);
        return before ?? (fallback ? _view.MentionsIn(s.Span.Start, s.Span.End).FirstOrDefault(Eligible) : null);
    }

    /// <summary>True for a mention inside ", who …," or ", which …,": not the subject of the main verb.</summary>
    private bool InRelativeClause(Sentence s, AgentMention m)
    {
        string before = _view.Text[s.Span.Start..m.Span.Start];
        int comma = before.LastIndexOf(',');
        return comma >= 0 && Regex.IsMatch(before[comma..], @"^,\s*(who|which|whom)\b", RegexOptions.IgnoreCase);
    }

    [GeneratedRegex(@"\b(not|never)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex InnerNegation();

    [GeneratedRegex(@"^\W*(the|a|an)\s+[a-z]+\s+(that|which|who)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericSubject();

    /// <summary>The agents named left of a cue in its own clause ("X and Y were behind"; "X, which claimed").</summary>
    private List<AgentMention> LeftAgents(int position, int sentenceStart)
    {
        var found = new List<AgentMention>();
        int count = 0;
        foreach ((string word, int ws, int we) in WordsBackward(sentenceStart, position))
        {
            List<AgentMention> inWord = Overlapping(ws, we);
            if (inWord.Count > 0)
            {
                // A name right before an event noun names the event ("the X attack was a false flag"), not its agent.
                found.AddRange(inWord.Where(m => !found.Contains(m) && !NamesEvent(m)));
                continue;
            }

            if (word is "“" or "”" or "\"" or "’s" or "'s" or "’" or "'")
            {
                continue;
            }

            if (word == "," && found.Count == 0 && ++count <= 8)
            {
                continue; // "the group …, X or Y, claimed responsibility": past an apposition to its head
            }

            if (LeftBoundaries.Contains(word) || (_lex.AttributionVerbs.Contains(word) && !_lex.AttributionNouns.Contains(word)) || ++count > 8)
            {
                if (found.Count == 0 && word is "which" or "who" or "that" or ",")
                {
                    // "X which had claimed": the relative pronoun's antecedent is right before it.
                    AgentMention? antecedent = _view.Mentions.LastOrDefault(x => x.Span.End <= ws && ws - x.Span.End <= 2);
                    if (antecedent is not null && word is "which" or "who")
                    {
                        found.Add(antecedent);
                    }
                }

                break;
            }
        }

        return found;
    }

    /// <summary>The agent named right of a cue ("blamed X", "sponsored by X", "his scapegoat, X").</summary>
    private List<AgentMention> RightAgents(int position, int sentenceEnd)
    {
        var found = new List<AgentMention>();
        int count = 0;
        bool possessiveStart = false;
        foreach ((string word, int ws, int we) in _view.Words(position, sentenceEnd))
        {
            List<AgentMention> inWord = Overlapping(ws, we);
            if (inWord.Count > 0)
            {
                found.AddRange(inWord.Where(m => !found.Contains(m)));
                continue;
            }

            if (found.Count > 0 && word is not ("and" or "or" or "the" or "its" or "their"))
            {
                break;
            }

            if (count == 0 && word is "his" or "her" or "their" or "its")
            {
                possessiveStart = true;
            }

            if (word == "," && possessiveStart)
            {
                continue;
            }

            if (RightBoundaries.Contains(word) || word == "," || ++count > 8)
            {
                break;
            }
        }

        return found;
    }

    /// <summary>"The group that claimed responsibility, and …, is X" / "responsible for the attack, X": the agent after a copula or comma.</summary>
    private List<AgentMention> CopulaAgent(int position, int sentenceEnd)
    {
        string rest = _view.Text[position..sentenceEnd];
        foreach (Match m in Regex.Matches(rest, @"(,\s*|\b(is|was|are|were)\s+)(the\s+)?"))
        {
            int at = position + m.Index + m.Length;
            if (_view.Mentions.FirstOrDefault(x => x.Span.Start == at) is { } mention)
            {
                return [mention];
            }
        }

        return [];
    }

    private bool NamesEvent(AgentMention m) =>
        Regex.Match(_view.Text[m.Span.End..Math.Min(_view.Text.Length, m.Span.End + 40)], @"^\s+([a-z]+)") is { Success: true } next
        && _lex.EventNouns.Contains(next.Groups[1].Value);

    private List<AgentMention> Overlapping(int start, int end) =>
        [.. _view.Mentions.Where(m => m.Span.Start < end && start < m.Span.End)];

    private bool Negated(Sentence s, int position, int scopeStart, bool close = true)
    {
        int words = close ? 0 : 99;
        foreach ((string word, int _, int _) in WordsBackward(s.Span.Start, position))
        {
            if (word is "," or ";" or ":" || ++words > 5)
            {
                break;
            }

            if (_lex.CloseNegation.Any(r => r.IsMatch(word)))
            {
                return true;
            }
        }

        int from = Math.Clamp(scopeStart, s.Span.Start, position);
        string clause = _view.Text[from..position];
        int cut = clause.LastIndexOfAny([',', ';']);
        if (cut >= 0)
        {
            clause = clause[(cut + 1)..];
        }

        return _lex.ClauseNegation.Any(r => r.IsMatch(clause));
    }

    private double Confidence(Sentence s, int position, Frame frame)
    {
        string before = _view.Text[s.Span.Start..position];
        return Hedge.IsMatch(before) && !frame.Attributed ? 0.6 : 0.8;
    }

    private bool EventNear(int index)
    {
        for (int i = Math.Max(0, index - 2); i <= Math.Min(_view.Sentences.Count - 1, index + 1); i++)
        {
            if (_view.Sentences[i].Tokens.Any(t => _lex.EventWords.Contains(t.Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Attaches "without producing evidence", "no evidence that", "visual proof" to the claim they qualify.</summary>
    private void ApplyEvidenceStatus(List<List<Claim>> perSentence, int index)
    {
        Sentence s = _view.Sentences[index];
        string text = _view.Text[s.Span.Start..s.Span.End];
        foreach (LabelledCue cue in _lex.EvidenceStatus)
        {
            foreach (Match m in cue.Pattern.Matches(text))
            {
                int at = m.Index + s.Span.Start;
                if (_view.QuoteAt(at) is not null)
                {
                    continue;
                }

                string lead = text[Math.Max(0, m.Index - 25)..(m.Index + m.Length)];
                bool anaphoric = Anaphoric.IsMatch(lead) && !Regex.IsMatch(lead, @"\bno\s+(evidence|proof)\s+that\b", RegexOptions.IgnoreCase);
                List<Claim> own = perSentence[index];
                int target = -1;
                List<int> indexes = [];
                if (!anaphoric && own.Count > 0)
                {
                    target = index;
                    indexes = [.. Enumerable.Range(0, own.Count)];
                }
                else
                {
                    for (int back = index - 1; back >= Math.Max(0, index - 2); back--)
                    {
                        if (perSentence[back].Count > 0)
                        {
                            target = back;
                            indexes = [perSentence[back].Count - 1];
                            break;
                        }
                    }
                }

                if (target < 0)
                {
                    continue;
                }

                foreach (int i in indexes)
                {
                    Claim c = perSentence[target][i];
                    if (c.EvidenceStatus is not null)
                    {
                        continue;
                    }

                    // The status is the holder's own when it lies between the holder and the cue ("X says there is no evidence that Y").
                    bool holders = target == index && c.Attributed && at < c.Cue.Start && at >= (c.Holder?.Span.End ?? s.Span.Start);
                    bool cited = cue.Label == "evidence cited";
                    perSentence[target][i] = c with
                    {
                        EvidenceStatus = cue.Label,
                        StatusSpan = target == index ? null : s.Span,
                        AuthorDismisses = c.AuthorDismisses || (!holders && !cited && c.Attributed && !c.Rejects),
                        AuthorCitesEvidence = c.AuthorCitesEvidence || (!holders && cited && c.Attributed && !c.Rejects),
                    };
                }
            }
        }
    }

    /// <summary>"the absurd allegations that …", "claims of … lack evidence": the author dismisses the reported claims of the sentence.</summary>
    private void ApplyDismissals(List<Claim> claims, Sentence s)
    {
        string text = _view.Text[s.Span.Start..s.Span.End];
        var dismissals = _lex.Dismissals.SelectMany(r => r.Matches(text))
            .Select(m => new TextSpan(m.Index + s.Span.Start, m.Index + m.Length + s.Span.Start))
            .Where(d => _view.QuoteAt(d.Start) is null).ToList();
        for (int i = 0; i < claims.Count; i++)
        {
            Claim c = claims[i];
            if (c.Attributed && !c.Rejects && dismissals.Any(d => Dismisses(d, c)))
            {
                claims[i] = c with { AuthorDismisses = true };
            }
        }
    }

    /// <summary>A dismissal before the claim reaches it within its clause (no comma between); one after it reaches across a comma.</summary>
    private bool Dismisses(TextSpan dismissal, Claim c) => dismissal.End <= c.Cue.Start
        ? c.Cue.Start - dismissal.End <= DismissalReach && !_view.Text[dismissal.End..c.Cue.Start].Contains(',')
        : dismissal.Start >= c.Cue.End && dismissal.Start - c.Cue.End <= DismissalReach;

    private static List<Claim> Deduplicate(List<Claim> claims)
    {
        var kept = new List<Claim>();
        foreach (Claim c in claims.OrderBy(c => c.Cue.Start))
        {
            bool same = kept.Any(k => k.Kind == c.Kind && k.Cause == c.Cause && k.HolderName == c.HolderName && k.Rejects == c.Rejects
                && k.Agents.Select(a => a.Key).SequenceEqual(c.Agents.Select(a => a.Key)) && k.Cue.Start < c.Cue.End && c.Cue.Start < k.Cue.End);
            if (!same)
            {
                kept.Add(c);
            }
        }

        return kept;
    }

    private IEnumerable<(string Word, int Start, int End)> WordsBackward(int start, int end) => _view.Words(start, end).Reverse();
}
