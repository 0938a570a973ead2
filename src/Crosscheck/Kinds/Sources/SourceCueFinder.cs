using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Sources;

/// <summary>
/// Cited sources read from the grammar of attribution rather than from the entity list alone, so that a name the entity
/// tagger typed wrongly or missed is still found:
/// the addressee of telling ("told the X", "in an interview with X", "a letter to X", "said … to the X", "X's reporter");
/// the publisher of a document ("a profile published at X", "a statement on the X ministry's website", "a report from
/// UK publication X", "an exclusive X interview"); a body or outlet as subject of a verb of saying or reporting ("the X
/// Ministry of Y said", "X is reporting"); people who speak for a body or office or who saw the event ("X spokesman Y",
/// "Y, head of the X", "the state prosecutor", "an eyewitness named Y"); and "according to" anyone named.
/// People only talked about, the anonymous ("a source", "a US official") and places are not sources. Stateless.
/// </summary>
internal sealed partial class SourceCueFinder
{
    private readonly SourceLexicon _lexicon;
    private readonly Regex _verb;
    private readonly Regex _role;

    public SourceCueFinder(SourceLexicon lexicon)
    {
        _lexicon = lexicon;
        _verb = new Regex(@"\b(?:" + string.Join('|', lexicon.Verbs.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b", RegexOptions.Compiled);
        _role = new Regex(@"\b(?:" + string.Join('|', lexicon.Roles.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+"))) + @")\b",
            RegexOptions.Compiled | RegexOptions.IgnoreCase);
    }

    public IEnumerable<CitedSource> Find(AnnotatedDocument document, IReadOnlyList<EntityMention> entities)
    {
        var view = new View(document, entities, _lexicon);
        return Recipients(view).Concat(Documents(view)).Concat(AccordingTo(view)).Concat(Subjects(view)).Concat(Roles(view)).Concat(DocumentNouns(view));
    }

    // "told the X", "in an interview with X", "said on X", "profiled by X", "a letter to X", "said Y's publicist to the X"
    private IEnumerable<CitedSource> Recipients(View v)
    {
        foreach (Match m in Recipient().Matches(v.Text))
        {
            foreach (CitedSource s in Outlets(v, m.Index + m.Length, m.Groups["cue"].Value, strict: false))
            {
                yield return s;
            }
        }

        foreach (Match m in LooseRecipient().Matches(v.Text))
        {
            foreach (CitedSource s in Outlets(v, m.Index + m.Length, m.Groups["cue"].Value, strict: true))
            {
                yield return s;
            }
        }
    }

    // "a profile published over at X", "statements from the country's defence ministry", "a report from UK publication X"
    private IEnumerable<CitedSource> Documents(View v)
    {
        foreach (Match m in DocumentFrom().Matches(v.Text))
        {
            foreach (CitedSource s in Outlets(v, m.Index + m.Length, m.Value.Trim(), strict: false))
            {
                yield return s;
            }
        }
    }

    private IEnumerable<CitedSource> AccordingTo(View v)
    {
        foreach (Match m in According().Matches(v.Text))
        {
            // a person "according to" is quoted, not cited; "according to US officials" cites no one by name
            if (SourceNameReader.ReadForward(v.Text, m.Index + m.Length, _lexicon) is { HasCapital: true } read && v.Owner(read, _lexicon) is var name
                && !v.IsPerson(name) && !ModifiesNoun(v.Text, name) && !Anonymous(name.Name))
            {
                yield return v.Source(name, _lexicon.KindOf(name.Name) ?? CitedSourceKind.Organization, m.Groups["cue"].Value.ToLowerInvariant());
            }
        }
    }

    // "the X Ministry of Y said", "X is reporting", "As X notes", "Anbar police also said"
    private IEnumerable<CitedSource> Subjects(View v)
    {
        foreach (Match m in _verb.Matches(v.Text))
        {
            bool publishes = _lexicon.Verbs[m.Value];
            int end = SkipBack(v.Text, m.Index);
            if (SourceNameReader.ReadBackward(v.Text, end, _lexicon) is not { } name || v.IsPerson(name) || Anonymous(name.Name))
            {
                continue;
            }

            bool body = HasHead(name.Name) || _lexicon.KindOf(name.Name) is not null || (InstitutionShape().IsMatch(name.Name) && name.Name.EndsWith(')'));
            if (m.Value == "reporting" && ReportingBy().IsMatch(v.Text, m.Index + m.Length))
            {
                continue; // "Additional reporting by …": a credit line
            }

            if (!v.IsPlace(name) && (body || (publishes && name.HasCapital && v.IsNamed(name))))
            {
                yield return v.Source(name, _lexicon.KindOf(name.Name) ?? (publishes && !body ? CitedSourceKind.Outlet : CitedSourceKind.Organization), m.Value);
            }
        }
    }

    // A role ties a speaker to the source the article relies on: "X spokesman Y", "spokesman for the X", "Y, head of the X" give
    // the body X; "Farland's attorney general", "state prosecutor Y", "Y, minister of Z" give the office; "Y's publicist" the
    // person's representative; "an eyewitness named Y", "Y, a passerby" the witness. An official speaks for the office, so
    // the office is the source and not the private person; "a senior official" names nothing and gives nothing.
    private IEnumerable<CitedSource> Roles(View v)
    {
        foreach (Match m in _role.Matches(v.Text))
        {
            string key = Regex.Replace(m.Value, @"\s+", " ").ToLowerInvariant();
            if (!_lexicon.Roles.TryGetValue(key, out SourceRole role) || v.Sentence(m.Index) is not { } sentence || !Speaks(sentence.Text))
            {
                continue;
            }

            int roleEnd = m.Index + m.Length;
            SourceName? of = OfFollows().Match(v.Text, roleEnd) is { Success: true } o && o.Index == roleEnd
                ? SourceNameReader.ReadForward(v.Text, roleEnd + o.Length, _lexicon) : null;
            if (of is { } x && (v.IsPerson(x) || v.IsPlace(x) || v.IsPlaceMention(x)))
            {
                of = null;
            }

            if (key is "head" or "chief" or "director" && of is null)
            {
                continue; // "head" and "chief" name a role only with what they head
            }

            if (SourceNameReader.PossessorBefore(v.Text, m.Index) is { } owner)
            {
                // "Farland's attorney general", "the singer's publicist": the office or the representative of its owner
                bool person = v.IsPerson(owner) || (!v.IsPlace(owner) && !HasHead(owner.Name) && _lexicon.KindOf(owner.Name) is null);
                var name = new SourceName(new TextSpan(owner.Span.Start, roleEnd), $"{owner.Name}'s {key}", false);
                yield return v.Source(name, person ? CitedSourceKind.Person : CitedSourceKind.Agency, key);
                continue;
            }

            if (role == SourceRole.Witness)
            {
                if (v.PersonNear(m.Index, roleEnd) is { } witness)
                {
                    yield return v.Source(witness, CitedSourceKind.Person, key);
                }

                continue;
            }

            SourceName? before = SourceNameReader.ReadBackward(v.Text, m.Index, _lexicon, lowerHeadRequired: false);
            if (before is { } bb && (v.IsPerson(bb) || Anonymous(bb.Name) || bb.Span.End > m.Index))
            {
                before = null;
            }

            if (role == SourceRole.Spokes)
            {
                SourceName? body = before is { } b && !v.IsPlace(b) && (key is not ("official" or "officials") || OfficeBody(b.Name)) ? b : of;
                if (body is { } found)
                {
                    yield return v.Source(found, _lexicon.KindOf(found.Name) ?? CitedSourceKind.Organization, key);
                }

                continue;
            }

            if (OfficeName(v, m, before, of) is { } office)
            {
                yield return v.Source(office, CitedSourceKind.Agency, key);
            }
        }
    }

    // "an exclusive X interview", "the original X article", "a X report"
    private IEnumerable<CitedSource> DocumentNouns(View v)
    {
        foreach (Match m in DocumentNoun().Matches(v.Text))
        {
            if (SourceNameReader.ReadBackward(v.Text, m.Index, _lexicon) is { HasCapital: true } name && !v.IsPerson(name) && !v.IsPlace(name)
                && v.IsNamed(name) && ArticleBefore().IsMatch(v.Text[Math.Max(0, name.Span.Start - 30)..name.Span.Start]))
            {
                yield return v.Source(name, _lexicon.KindOf(name.Name) ?? CitedSourceKind.Outlet, $"{name.Name} {m.Value}");
            }
        }
    }

    /// <summary>The outlet or body named at <paramref name="pos"/>; with <paramref name="strict"/> only names that read as one by their words or entity type.</summary>
    private IEnumerable<CitedSource> Outlets(View v, int pos, string cue, bool strict)
    {
        if (SourceNameReader.ReadForward(v.Text, pos, _lexicon) is not { } name)
        {
            yield break;
        }

        name = v.Owner(name, _lexicon);
        if (Acceptable(v, name, strict))
        {
            yield return v.Source(name, _lexicon.KindOf(name.Name) ?? CitedSourceKind.Organization, cue);

            // "told NBC News and the Associated Press"
            if (!name.Possessive && AndThe().Match(v.Text, name.Span.End) is { Success: true } and && and.Index == name.Span.End
                && SourceNameReader.ReadForward(v.Text, and.Index + and.Length, _lexicon) is { } second && Acceptable(v, second, strict))
            {
                yield return v.Source(second, _lexicon.KindOf(second.Name) ?? CitedSourceKind.Organization, cue);
            }
        }
    }

    private bool Acceptable(View v, SourceName name, bool strict)
    {
        if (name.Described && name.HasCapital)
        {
            return true; // "the site X", "UK publication X": the text says what it is
        }

        if (!name.HasCapital && !HasHead(name.Name))
        {
            return false;
        }

        if (v.IsPerson(name) || Anonymous(name.Name) || ModifiesNoun(v.Text, name))
        {
            return false;
        }

        bool known = _lexicon.KindOf(name.Name) is not null || HasHead(name.Name);
        return strict ? known : known || !v.IsPlace(name);
    }

    /// <summary>
    /// The office a role names: its modifiers and complement ("US Defence Secretary", "state prosecutor", "minister of Works"),
    /// or the bare role when a named holder identifies it ("the attorney general, Jan Roe"); null for an office named by nothing.
    /// </summary>
    private SourceName? OfficeName(View v, Match role, SourceName? before, SourceName? of)
    {
        int start = role.Index;
        string name = role.Value;
        if (before is { } b)
        {
            start = b.Span.Start;
            name = $"{b.Name} {role.Value}";
        }
        else if (SingleWordModifier().Match(v.Text[Math.Max(0, role.Index - 30)..role.Index]) is { Success: true } mod)
        {
            start = role.Index - mod.Length + mod.Groups["m"].Index;
            name = $"{mod.Groups["m"].Value} {role.Value}";
        }

        int end = role.Index + role.Length;
        if (of is { } complement)
        {
            name = $"{name}{v.Text[end..complement.Span.Start]}{complement.Name}";
            end = complement.Span.End;
        }

        bool identified = start < role.Index || of is not null || v.PersonNear(role.Index, end) is not null;
        return identified ? new SourceName(new TextSpan(start, end), Regex.Replace(name, @"\s+", " "), false) : null;
    }

    /// <summary>"a ministry official" names the body he works for; "a defense official" only a field, "a senior official" nothing.</summary>
    private bool OfficeBody(string name) =>
        name.Split(' ') is var w && _lexicon.Heads.Contains(w[^1]) && w[^1] is not ("defense" or "defence" or "military" or "army" or "navy");

    private bool HasHead(string name) =>
        name.Split(' ').Any(w => _lexicon.Heads.Contains(w.TrimEnd('.')) || EntityLexicon.Instance.OutletWords.Contains(w) || _lexicon.AgencyWords.Contains(w)
            || (char.IsUpper(w[0]) && QuoteLexicon.OrganizationWords.Contains(w)));

    /// <summary>A common role noun written in lower case ("officials", "sources"): the name stands for no one in particular.</summary>
    private static bool Anonymous(string name) => name.Split(' ').Any(w => QuoteLexicon.AnonymousRoles.Contains(w) && w is not "police" && char.IsLower(w[0]));

    /// <summary>"US officials", "Farland state media": the name read is a modifier of a common noun that follows, not the source itself.</summary>
    private bool ModifiesNoun(string text, SourceName name) =>
        !name.Possessive && FollowingNoun().Match(text, name.Span.End) is { Success: true } f && f.Index == name.Span.End
        && (QuoteLexicon.RoleNouns.Contains(f.Groups["n"].Value) || _lexicon.GroupNouns.Contains(f.Groups["n"].Value));

    private bool Speaks(string sentence) =>
        sentence.Contains("according to", StringComparison.OrdinalIgnoreCase) || sentence.IndexOfAny(['"', '“', '”']) >= 0
        || Regex.Split(sentence, @"[^\p{L}]+").Any(w => QuoteLexicon.SpeechVerbs.Contains(w) || _lexicon.Verbs.ContainsKey(w));

    /// <summary>Before a verb: auxiliaries and adverbs ("has also", "is", "even"), a bracketed acronym is left to the reader, and an aside ", citing …,".</summary>
    private static int SkipBack(string text, int end)
    {
        int i = end;
        while (true)
        {
            Match aux = AuxBefore().Match(text[Math.Max(0, i - 40)..i]);
            Match aside = AsideBefore().Match(text[Math.Max(0, i - 80)..i]);
            if (aux.Success && aux.Length > 0)
            {
                i -= aux.Length;
            }
            else if (aside.Success)
            {
                i -= aside.Length;
            }
            else
            {
                return i;
            }
        }
    }

    [GeneratedRegex(@"\b(?<cue>(?:told|tells|telling|asked|asks|speaking to|spoke to|speaks to|talking to|talked to|said to|says to|reached out to|(?:in an? |an )(?:\w+ )?(?:interview|conversation) with|(?:said|spoke|speaking|appeared|appearing|appears|appear) on|(?:profiled|quoted|cited|carried|published|reported|revealed|covered|broadcast|aired) (?:by|in|on)|(?:statement|statements|comments?|remarks|letter|email|e-mail)s? to))\s+")]
    private static partial Regex Recipient();

    [GeneratedRegex(@"\b(?<cue>(?:said|says|told|explained|confirmed|denied|debunked|dismissed|rejected|described|gave|sent|wrote|made)\b[^.;:""“”\n]{0,60}?\bto)\s+")]
    private static partial Regex LooseRecipient();

    [GeneratedRegex(@"\b(?:report|profile|article|story|interview|piece|statement|statements|post|video|letter|op-ed|column|broadcast|website|footage)s?\s+(?:(?:that\s+)?(?:was\s+|were\s+)?(?:published|posted|released|aired|appeared|carried|broadcast|issued)\s+)?(?:over\s+)?(?:in|by|from|at|on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentFrom();

    // "according to X", and the same attribution by a participle: "citing X", "quoting X", "a memo seen (obtained, reviewed) by X"
    [GeneratedRegex(@"\b(?<cue>according to|citing|quoting|(?:seen|obtained|reviewed)\s+by)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:account|report|article|story|statement|statements|analysis|investigation|profile|interview|post|video)s?\s+(?:in|by|from|on)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex According();

    [GeneratedRegex(@"\b(?:interview|profile|report|article|story|piece|investigation|broadcast|segment)s?\b")]
    private static partial Regex DocumentNoun();

    [GeneratedRegex(@"(?:^|\s)(?:an?|the|this|that|its|his|her|their|in)\s+(?:[a-z][\w-]*\s+)?$")]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\G\s+(?<n>[a-z]+)\b")]
    private static partial Regex FollowingNoun();

    [GeneratedRegex(@"\G\s+by\b")]
    private static partial Regex ReportingBy();

    [GeneratedRegex(@"\G\s+(?:for|of|at|with)\s+")]
    private static partial Regex OfFollows();

    [GeneratedRegex(@"\G,?\s+and\s+(?:the\s+)?")]
    private static partial Regex AndThe();

    [GeneratedRegex(@"(?:\s+(?:also|has|have|had|is|are|was|were|been|even|later|first|recently|previously|officially|publicly|then|further|initially|now|already|itself|has since))+\s*$")]
    private static partial Regex AuxBefore();

    [GeneratedRegex(@",\s+(?:citing|quoting|according to)\b[^,.;]{1,60},\s*$")]
    private static partial Regex AsideBefore();

    [GeneratedRegex(@"\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*\s+(?:of|for)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex InstitutionShape();

    [GeneratedRegex(@"(?:^|\s|,)(?<m>state|federal|chief|special|deputy|district|county|public|city|regional|provincial)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SingleWordModifier();
}
