using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Turns a raw name into classified candidates: drops sentence-initial common words, splits off
/// titles ("Canadian Prime Minister Robert Oakes" → person "Robert Oakes"), and types the name by
/// gazetteer, title, first name, head word, acronym shape, or context cue.
/// </summary>
internal sealed partial class NameClassifier
{
    private static readonly HashSet<string> PlaceCues = Lexicon.SubsetWordSet("Entities/place-cues.txt", StringComparer.Ordinal);

    /// <summary>Speech verbs after which a name is a person's (Resources/Entities/name-speech-verbs.txt).</summary>
    private static readonly HashSet<string> SpeechVerbs = Lexicon.SubsetWordSet("Entities/name-speech-verbs.txt", StringComparer.Ordinal);

    /// <summary>Prepositions after which a capital is the city itself ("in X", "from X"), not its country.</summary>
    private static readonly HashSet<string> LocativeWords = Lexicon.WordSet("Entities/locative-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a capital that make it the city: "west X", "a X court", "his X studio".</summary>
    private static readonly HashSet<string> CityModifiers = Lexicon.WordSet("Entities/city-modifiers.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of a relation or message: "a warning from X", "a tie to X" make X the state, despite the preposition.</summary>
    private static readonly HashSet<string> RelationNouns = Lexicon.WordSet("Entities/relation-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>People standing for a state: "officials in X", "his enemies in X" make X the state, despite the preposition.</summary>
    private static readonly HashSet<string> ActorNouns = Lexicon.WordSet("Entities/actor-nouns.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PersonFollowers = new(StringComparer.Ordinal) { "administration", "himself", "herself" };

    private static readonly HashSet<string> GovernmentWords = new(StringComparer.Ordinal)
    {
        "government", "regime", "authorities", "administration", "leadership",
    };

    private static readonly HashSet<string> GroupNouns = Lexicon.WordSet("Entities/group-head-nouns.txt", StringComparer.Ordinal);

    private readonly EntityLexicon _lexicon;
    private readonly string _text;
    private readonly DocumentWords _words;

    public NameClassifier(EntityLexicon lexicon, string text, DocumentWords words)
    {
        _lexicon = lexicon;
        _text = text;
        _words = words;
    }

    public void Classify(RawName raw, List<NameCandidate> output)
    {
        // Words that need confirmation (sentence-initial, or any word of a headline) and lack it split the run.
        List<NamePiece> run = [];
        bool first = true;
        for (int i = 0; i < raw.Pieces.Count; i++)
        {
            NamePiece p = raw.Pieces[i];
            if (p.SentenceStart && p.Kind == PieceKind.Capitalized && IsUnconfirmed(p) && !LeadsOrganization(raw.Pieces, i))
            {
                if (run.Count > 0)
                {
                    ClassifyRun(run, first ? raw.Before : null, null, null, output);
                }

                run = [];
                first = false;
                continue;
            }

            run.Add(p);
        }

        if (run.Count > 0)
        {
            ClassifyRun(run, first ? raw.Before : null, raw.After, raw.AfterNext, output);
        }
    }

    private void ClassifyRun(List<NamePiece> pieces, string? before, string? after, string? afterNext, List<NameCandidate> output)
    {
        int dropped = 0;
        while (pieces.Count > 0 && (pieces[0].Kind == PieceKind.Lower && !_lexicon.Particles.Contains(pieces[0].Text)
            || pieces[0].IsCapitalized && _lexicon.FunctionWords.Contains(pieces[0].Text) && pieces[0].Text != "The" && !IsInnerAcronym(pieces[0])
            || pieces.Count > 1 && _lexicon.GroupWords.Contains(pieces[0].Text) && !_lexicon.IsHead(pieces[^1].Text)))
        {
            pieces = pieces[1..];
            dropped++;
        }

        while (pieces.Count > 0 && pieces[^1].Kind == PieceKind.Lower)
        {
            pieces = pieces[..^1];
        }

        if (pieces.Count == 0)
        {
            return;
        }

        before = dropped > 0 ? null : before;

        // A title inside the run: what follows it is a person, what precedes it is a separate name or a country adjective.
        for (int k = 0; k < pieces.Count; k++)
        {
            int titleLength = TitleAt(pieces, k);
            if (titleLength == 0 || k + titleLength >= pieces.Count)
            {
                continue;
            }

            List<NamePiece> person = pieces[(k + titleLength)..];
            while (person.Count > 1 && TitleAt(person, 0) is int more && more > 0 && more < person.Count)
            {
                person = person[more..];
            }

            // A common word after a title is no name ("the President Said"), unless a surname follows it: given names
            // can be common words in English ("Brigadier General Don Haddad").
            bool commonFirst = person.Count == 1 || person[^1].Kind != PieceKind.Capitalized || IsCommonWord(person[^1].Text)
                ? IsCommonWord(person[0].Text) : _lexicon.FunctionWords.Contains(person[0].Text.ToLowerInvariant());
            if (person[0].Kind != PieceKind.Capitalized || _lexicon.IsHead(person[^1].Text) || commonFirst || _lexicon.IsHead(person[0].Text)
                || (EntityLexicon.IsAcronym(pieces[k].Text) && EntityLexicon.IsAcronym(person[0].Text))
                || _lexicon.Countries.FindPlace(Join(person)) is not null)
            {
                continue;
            }

            List<NamePiece> left = pieces[..k];
            bool leftIsAdjective = left.All(p => _lexicon.Countries.IsDemonym(p.Text) || _lexicon.Countries.FindPlace(p.Text) is not null);
            if (left.Count > 0)
            {
                AddCandidate(left, before, pieces[k].Text, null, output, allowDemonymGovernment: false);
            }

            int mentionStart = leftIsAdjective && left.Count > 0 ? left[0].Start : pieces[k].Start;
            var nameSpan = new TextSpan(person[0].Start, person[^1].End);
            output.Add(new NameCandidate(new TextSpan(mentionStart, person[^1].End), nameSpan, nameSpan.Slice(_text), [.. person.Select(p => p.Text)], EntityType.Person, Evidence.Lexicon));
            return;
        }

        AddCandidate(pieces, before, after, afterNext, output, allowDemonymGovernment: true);
    }

    /// <summary>
    /// Classifies the name; a "The" written with a capital inside a sentence ("according to The Ledger") is part of the
    /// mention as written (a title's article), not of the name.
    /// </summary>
    private void AddCandidate(List<NamePiece> pieces, string? before, string? after, string? afterNext, List<NameCandidate> output, bool allowDemonymGovernment)
    {
        int added = output.Count;
        bool the = pieces.Count > 1 && pieces[0].Text == "The" && !pieces[0].SentenceStart;
        AddName(pieces.Count > 1 && pieces[0].Text == "The" ? pieces[1..] : pieces, before, after, afterNext, output, allowDemonymGovernment);
        for (int i = added; the && i < output.Count; i++)
        {
            if (output[i] is { FixedCanonical: null } c && c.Type != EntityType.Person && c.Span.Start == pieces[1].Start)
            {
                output[i] = c with { Span = new TextSpan(pieces[0].Start, c.Span.End) };
            }
        }
    }

    private void AddName(List<NamePiece> pieces, string? before, string? after, string? afterNext, List<NameCandidate> output, bool allowDemonymGovernment)
    {
        string last = pieces[^1].Text;
        if (_lexicon.NonEntityHeads.Contains(last) || _lexicon.NonEntityWords.Contains(last) || (pieces.Count > 1 && _lexicon.TitleWords.Contains(last)))
        {
            return;
        }

        var span = new TextSpan(pieces[0].Start, pieces[^1].End);
        string name = span.Slice(_text);
        string[] words = [.. pieces.Select(p => p.Text)];

        if (pieces.Count == 1)
        {
            string w = words[0];
            if (allowDemonymGovernment && after is not null && GovernmentWords.Contains(after)
                && (_lexicon.Countries.FindByDemonym(w) ?? _lexicon.Countries.FindByCapital(w)) is { } governed)
            {
                // "French government", "<capital> regime": the country's government, an organisation standing for the country.
                int end = _text.IndexOf(after, span.End, StringComparison.Ordinal) + after.Length;
                var govSpan = new TextSpan(span.Start, end);
                output.Add(new NameCandidate(govSpan, govSpan, govSpan.Slice(_text), [w, after], EntityType.Organization, Evidence.Lexicon) { FixedCanonical = governed.Name });
                return;
            }

            if (w.Length > 3 && _lexicon.Countries.FindByName(w) is null && _lexicon.Countries.FindByCapital(w) is { } capitalOf)
            {
                output.Add(CapitalCandidate(span, name, words, capitalOf));
                return;
            }

            if (w.Length < 2 || _lexicon.TitleWords.Contains(w) || (_lexicon.FunctionWords.Contains(w) && !IsInnerAcronym(pieces[0])) || _lexicon.Countries.IsDemonym(w)
                || (_lexicon.IsGroupWord(w) && before != "the" && _lexicon.Countries.FindPlace(w) is null))
            {
                return;
            }

            if (EntityLexicon.IsAcronym(w))
            {
                if (_lexicon.AcronymStoplist.Contains(w) || w.Replace(".", string.Empty, StringComparison.Ordinal).Length < 2)
                {
                    return;
                }

                EntityType acronymType = _lexicon.Countries.FindByName(w) is not null ? EntityType.Place : EntityType.Organization;
                output.Add(new NameCandidate(span, span, name, words, acronymType, Evidence.Lexicon));
                return;
            }

            if (_lexicon.Countries.FindPlace(w) is not null)
            {
                output.Add(new NameCandidate(span, span, name, words, EntityType.Place, Evidence.Lexicon));
                return;
            }

            if (_lexicon.Cities.IsCity(w))
            {
                // A city after a locative cue ("officials in Chicago said"); otherwise a city unless the context says
                // person ("Sydney said") or the name is also a first name ("Jackson", "Sydney").
                (EntityType cueType, Evidence cueEvidence) = Cue(before, after, afterNext);
                bool place = (before is not null && PlaceCues.Contains(before)) || (cueType != EntityType.Person && !_lexicon.FirstNames.Contains(w));
                output.Add(place
                    ? new NameCandidate(span, span, name, words, EntityType.Place, Evidence.Lexicon)
                    : new NameCandidate(span, span, name, words, cueType, cueEvidence));
                return;
            }

            if (_lexicon.IsHead(w))
            {
                // A lone head word is kept only if it resolves to a fuller name, unless it names an outlet ("the Guardian").
                output.Add(new NameCandidate(span, span, name, words, EntityType.Organization, Evidence.Cue) { NeedsResolution = !(before == "the" && _lexicon.OutletWords.Contains(w)) });
                return;
            }

            (EntityType type, Evidence evidence) = Cue(before, after, afterNext);
            output.Add(new NameCandidate(span, span, name, words, type, evidence));
            return;
        }

        (EntityType t, Evidence e) = ClassifyMultiWord(pieces, name, before, after, afterNext);
        output.Add(new NameCandidate(span, span, name, words, t, e));
    }

    /// <summary>
    /// A capital stands for its country ("X said", "X's decision", "blamed X", "a warning from X") unless it
    /// is a location: after a locative preposition ("in X", "flew to X") or as an all-caps dateline at the start of
    /// a line ("X —"). Then it is the city, a place of its own, under the gazetteer's spelling.
    /// </summary>
    private NameCandidate CapitalCandidate(TextSpan span, string name, string[] words, Country country)
    {
        string city = country.Capitals.FirstOrDefault(c => CountryGazetteer.Key(c) == CountryGazetteer.Key(name)) ?? name;
        bool allCaps = name.All(c => !char.IsLetter(c) || char.IsUpper(c));
        bool dateline = allCaps && LineStart(span.Start);
        bool locative = false;
        bool possessive = span.End + 1 < _text.Length && _text[span.End] is '\'' or '\u2019' && _text[span.End + 1] == 's';
        bool compound = span.End < _text.Length && _text[span.End] == '-';
        string? previous = PreviousWord(span.Start).Word;
        if (compound || (possessive && NextIsCapitalized(span.End + 2)) || (!possessive && previous is not null && CityModifiers.Contains(previous)))
        {
            // "X-based", "X's Central Station", "west X", "his X studio".
            locative = true;
        }
        else if (!possessive && PreviousWord(span.Start) is ({ } prep, int prepStart) && LocativeWords.Contains(prep))
        {
            string? noun = PreviousWord(prepStart).Word;
            locative = noun is null || !(ActorNouns.Contains(noun) || (prep is "from" or "to" && RelationNouns.Contains(noun)));
        }

        if (!locative && (CapitalApposition().IsMatch(_text.AsSpan(Math.Max(0, span.Start - 60), Math.Min(60, span.Start)))
            || CapitalAfter().IsMatch(_text.AsSpan(span.End, Math.Min(40, _text.Length - span.End)))))
        {
            // "the capital, X", "the capital of Y, X", "X, the Ruritanian capital,": the city named in apposition.
            locative = true;
        }

        return dateline || locative
            ? new NameCandidate(span, span, name, words, EntityType.Place, Evidence.Lexicon) { FixedCanonical = city }
            : new NameCandidate(span, span, name, words, EntityType.Place, Evidence.Lexicon) { FixedCanonical = country.Name };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bcapital(?: city)?(?: of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?)?, $", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CapitalApposition();

    [System.Text.RegularExpressions.GeneratedRegex(@"^, (?:the |its )?(?:\p{Lu}[\p{L}'’-]* )?capital\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CapitalAfter();

    /// <summary>The noun a name stands in apposition to, "the local cartel, X Y": the word before ", " right before the name.</summary>
    private string? AppositiveNoun(int start) =>
        start >= 2 && _text[start - 2] == ',' && _text[start - 1] == ' ' && PreviousWord(start - 2).Word is { } w && char.IsLower(w[0]) ? w : null;

    private bool NextIsCapitalized(int position)
    {
        int i = position;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        return i > position && i < _text.Length && char.IsUpper(_text[i]);
    }

    private bool LineStart(int start)
    {
        int i = start - 1;
        while (i >= 0 && _text[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        return i < 0 || _text[i] is '\n' or '\r';
    }

    /// <summary>The word just before <paramref name="position"/> (across spaces and quotes, not across other punctuation), and its start.</summary>
    private (string? Word, int Start) PreviousWord(int position)
    {
        int i = position - 1;
        while (i >= 0 && (_text[i] is ' ' or '\u00A0' or '"' or '\'' or '\u201C' or '\u2018'))
        {
            i--;
        }

        int end = i + 1;
        while (i >= 0 && char.IsLetter(_text[i]))
        {
            i--;
        }

        return end - (i + 1) > 0 ? (_text[(i + 1)..end], i + 1) : (null, position);
    }

    private (EntityType, Evidence) ClassifyMultiWord(List<NamePiece> pieces, string name, string? before, string? after, string? afterNext)
    {
        if (_lexicon.Countries.FindPlace(name) is not null || _lexicon.Cities.IsCity(name))
        {
            return (EntityType.Place, Evidence.Lexicon);
        }

        string last = pieces[^1].Text;
        if (_lexicon.OrganizationHeads.Contains(last))
        {
            return (EntityType.Organization, Evidence.Lexicon);
        }

        if (_lexicon.FacilityHeads.Contains(last) || _lexicon.PlaceHeads.Contains(last))
        {
            // A given name before a place head ("Victoria Station", "Mark Hall"): a place or a person; the rules cannot tell.
            return (EntityType.Place, pieces.Count == 2 && _lexicon.FirstNames.Contains(pieces[0].Text) ? Evidence.None : Evidence.Lexicon);
        }

        foreach (NamePiece p in pieces)
        {
            if (p.Kind == PieceKind.Lower)
            {
                break;
            }

            if (_lexicon.OrganizationHeads.Contains(p.Text))
            {
                return (EntityType.Organization, Evidence.Lexicon);
            }

            if (_lexicon.PlaceHeads.Contains(p.Text) || _lexicon.FacilityHeads.Contains(p.Text))
            {
                return (EntityType.Place, Evidence.Lexicon);
            }
        }

        if (pieces.Any(p => p.Kind == PieceKind.Lower && !_lexicon.Particles.Contains(p.Text)))
        {
            return (EntityType.Organization, Evidence.Cue);
        }

        if ((before is not null && GroupNouns.Contains(before)) || (AppositiveNoun(pieces[0].Start) is { } noun && GroupNouns.Contains(noun)))
        {
            return (EntityType.Organization, Evidence.Cue);
        }

        if (_lexicon.Particles.Contains(pieces[0].Text.Split('-')[0].ToLowerInvariant()))
        {
            // "al Shabab", "Al-Shabaab": a name led by a particle with no given name before it.
            return (EntityType.Organization, Evidence.Cue);
        }

        if (_lexicon.FirstNames.Contains(pieces[0].Text) && pieces.Count <= 4)
        {
            return (EntityType.Person, Evidence.Lexicon);
        }

        if (before is not null && _lexicon.LowercaseTitles.Contains(before))
        {
            return (EntityType.Person, Evidence.Lexicon);
        }

        // A person needs positive evidence: a first name or title (above), or a speech verb right after ("X Y said").
        bool anyGeo = pieces.Any(p => _lexicon.Countries.IsDemonym(p.Text) || _lexicon.Countries.FindPlace(p.Text) is not null || EntityLexicon.IsAcronym(p.Text));
        if (!anyGeo && pieces.Count <= 3 && IsSpeech(after, afterNext))
        {
            return (EntityType.Person, Evidence.Cue);
        }

        if (before is not null && PlaceCues.Contains(before) && before is not ("from" or "to"))
        {
            return (EntityType.Place, Evidence.None);
        }

        // Nothing marks a person: an unknown multi-word name is an organisation (or product) by default. A later
        // "Y said" or "Mr. Y" can still make it a person in MentionResolver.
        return (EntityType.Organization, Evidence.None);
    }

    private static bool IsSpeech(string? after, string? afterNext) =>
        after is not null && (SpeechVerbs.Contains(after) || (after.EndsWith("ly", StringComparison.Ordinal) && afterNext is not null && SpeechVerbs.Contains(afterNext)));

    private (EntityType, Evidence) Cue(string? before, string? after, string? afterNext)
    {
        if (before is not null && _lexicon.LowercaseTitles.Contains(before))
        {
            return (EntityType.Person, Evidence.Lexicon);
        }

        // "the X said" is an institution speaking, not a person.
        if (before != "the" && after is not null && (SpeechVerbs.Contains(after) || PersonFollowers.Contains(after)
            || (after.EndsWith("ly", StringComparison.Ordinal) && afterNext is not null && SpeechVerbs.Contains(afterNext))))
        {
            return (EntityType.Person, Evidence.Cue);
        }

        if (before is not null && PlaceCues.Contains(before))
        {
            return (EntityType.Place, Evidence.Cue);
        }

        if (before == "the" || (before is not null && GroupNouns.Contains(before)))
        {
            return (EntityType.Organization, Evidence.Cue);
        }

        return (EntityType.Organization, Evidence.None);
    }

    /// <summary>"Human" of "Human Rights Watch" at a sentence start: a capitalized run ending in an organisation head.</summary>
    private bool LeadsOrganization(IReadOnlyList<NamePiece> pieces, int i) =>
        i + 1 < pieces.Count && pieces[i + 1].IsCapitalized && !pieces[i].EndsName && !IsCommonWord(pieces[i].Text)
        && _lexicon.OrganizationHeads.Contains(pieces[^1].Text) && pieces.Skip(i + 1).All(q => q.IsCapitalized && !q.SentenceStart);

    /// <summary>"WHO" inside a sentence: an acronym even though its letters spell a function word.</summary>
    private static bool IsInnerAcronym(NamePiece p) =>
        !p.SentenceStart && p.Text.Length >= 3 && EntityLexicon.IsAcronym(p.Text);

    /// <summary>"Who" in "Doctor Who": a function word or stop word, in any case.</summary>
    private bool IsCommonWord(string word) =>
        _lexicon.FunctionWords.Contains(word.ToLowerInvariant()) || _lexicon.StopWords.Contains(word.ToLowerInvariant());

    /// <summary>A capitalized word that may be capitalized only by position, with nothing to confirm it is a name.</summary>
    private bool IsUnconfirmed(NamePiece p)
    {
        string w = p.Text;
        if (EntityLexicon.IsAcronym(w) || _lexicon.Countries.FindPlace(w) is not null || _lexicon.Countries.IsDemonym(w)
            || _lexicon.TitleWords.Contains(w) || w == "The" || _lexicon.Particles.Contains(w.ToLowerInvariant().Split('-')[0]))
        {
            return false;
        }

        if (_lexicon.FunctionWords.Contains(w))
        {
            return true;
        }

        if (w.Skip(1).Any(char.IsUpper))
        {
            // Mixed case ("McCain", "ABC-Kxx") is a name wherever it stands.
            return false;
        }

        if (_words.SeenCapitalizedInside(w))
        {
            return false;
        }

        if (_lexicon.StopWords.Contains(w) || _words.SeenLowercase(w))
        {
            return true;
        }

        return !_lexicon.FirstNames.Contains(w) && !_lexicon.IsHead(w);
    }

    /// <summary>The number of pieces of the longest title starting at <paramref name="k"/>, or 0.</summary>
    private int TitleAt(List<NamePiece> pieces, int k)
    {
        foreach (string[] title in _lexicon.Titles)
        {
            if (k + title.Length > pieces.Count)
            {
                continue;
            }

            bool match = true;
            for (int j = 0; j < title.Length && match; j++)
            {
                match = IsTitleWord(pieces[k + j].Text, title[j]);
            }

            if (match)
            {
                return title.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// A word of a title as written, or misspelt by one letter when the title word is long ("Gerneral" for "General"): a
    /// typo in a title must not make the title part of the person's name. A given name is never a misspelt title ("Justine").
    /// </summary>
    private bool IsTitleWord(string word, string titleWord) =>
        word == titleWord
        || (titleWord.Length >= 7 && word.Length >= 7 && char.IsUpper(word[0]) && word[0] == titleWord[0] && Math.Abs(word.Length - titleWord.Length) <= 1 && !_lexicon.FirstNames.Contains(word)
            && NameForms.EditDistance(word, titleWord) == 1);

    private string Join(List<NamePiece> pieces) => _text[pieces[0].Start..pieces[^1].End];
}
