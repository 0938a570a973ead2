using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Finds people, organisations and places in one document by rules and gazetteers (Resources/): runs of
/// capitalized words, acronyms and particle names, classified by country data, titles, first names, head
/// words and context cues; each mention gets the fullest name the document uses for it as canonical.
/// Stateless and thread-safe.
/// </summary>
public sealed class EntityExtractor : IExtractor
{
    private readonly EntityLexicon _lexicon = EntityLexicon.Instance;

    public string Name => "entities";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        return findings with { Entities = Find(document) };
    }

    /// <summary>The entity mentions of a document, in text order.</summary>
    public IReadOnlyList<EntityMention> Find(AnnotatedDocument document)
    {
        var words = new DocumentWords();
        var sentencePieces = new List<List<NamePiece>>(document.Sentences.Count);
        var capitals = new List<Sentence>();
        foreach (Sentence sentence in document.Sentences)
        {
            bool skip = IsAllCaps(sentence);
            if (skip)
            {
                capitals.Add(sentence);
            }

            List<NamePiece> pieces = skip ? [] : PieceReader.Read(sentence, _lexicon, IsTitleCase(sentence));
            sentencePieces.Add(pieces);
            foreach (NamePiece p in pieces)
            {
                words.Add(p);
            }
        }

        var classifier = new NameClassifier(_lexicon, document.Text, words);
        var candidates = new List<NameCandidate>();
        foreach (List<NamePiece> pieces in sentencePieces)
        {
            foreach (RawName raw in NameScanner.Scan(pieces, _lexicon))
            {
                classifier.Classify(raw, candidates);
            }
        }

        NerVotes.Apply(document, candidates);
        Dictionary<string, string> glosses = AcronymDefinitions.Apply(document.Text, candidates, _lexicon);
        IReadOnlyList<EntityMention> mentions = MentionResolver.Resolve(document.Id, document.Text, candidates, glosses);
        return capitals.Count == 0 ? mentions : AddCapitalized(document, capitals, mentions);
    }

    /// <summary>
    /// An all-capitals line (a shouted headline) cannot be read for names, but a name the rest of the document
    /// uses can be recognized in it, whatever its case: "WHY DID SMITH REJECT THE U.S. OFFER" has Smith and U.S.
    /// </summary>
    private static IReadOnlyList<EntityMention> AddCapitalized(AnnotatedDocument document, List<Sentence> capitals, IReadOnlyList<EntityMention> mentions)
    {
        var known = new Dictionary<string, EntityMention>(StringComparer.OrdinalIgnoreCase);
        foreach (EntityMention m in mentions)
        {
            known.TryAdd(m.Text, m);
            known.TryAdd(m.Canonical, m);
            if (m.Type == EntityType.Person && m.Canonical.LastIndexOf(' ') is int space and > 0)
            {
                known.TryAdd(m.Canonical[(space + 1)..], m); // the surname
            }
        }

        var added = new List<EntityMention>();
        foreach (Sentence sentence in capitals)
        {
            IReadOnlyList<Token> tokens = sentence.Tokens;
            for (int i = 0; i < tokens.Count;)
            {
                int taken = 0;
                for (int n = Math.Min(4, tokens.Count - i); n >= 1 && taken == 0; n--)
                {
                    var span = new TextSpan(tokens[i].Span.Start, tokens[i + n - 1].Span.End);
                    string text = span.Slice(document.Text);
                    if (tokens[i].Kind != TokenKind.Word || EntityLexicon.Instance.StopWords.Contains(tokens[i].Text.ToLowerInvariant()))
                    {
                        continue;
                    }

                    if (known.TryGetValue(text, out EntityMention? like))
                    {
                        added.Add(new EntityMention(document.Id, span, text, like.Type, like.Canonical));
                        taken = n;
                    }
                    else if ((text.Contains('.') || text.Length > 3) && CountryGazetteer.Instance.FindByName(text) is { } country)
                    {
                        // A country needs no confirmation; short undotted forms ("US" = "us") stay out.
                        added.Add(new EntityMention(document.Id, span, text, EntityType.Place, country.Name));
                        taken = n;
                    }
                }

                i += Math.Max(1, taken);
            }
        }

        return added.Count == 0 ? mentions : [.. mentions.Concat(added).OrderBy(m => m.Span.Start)];
    }

    private static bool IsAllCaps(Sentence sentence)
    {
        int words = 0, caps = 0;
        foreach (Token t in sentence.Tokens)
        {
            if (t.Kind == TokenKind.Word && t.Text.Length > 1)
            {
                words++;
                if (t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                {
                    caps++;
                }
            }
        }

        return words >= 3 && caps * 10 >= words * 7;
    }

    /// <summary>A headline in title case (no lowercase word longer than three letters): every word needs confirmation from the body.</summary>
    private static bool IsTitleCase(Sentence sentence)
    {
        int caps = 0;
        foreach (Token t in sentence.Tokens)
        {
            if (t.Kind == TokenKind.Word && t.Text.Length > 3)
            {
                if (!char.IsUpper(t.Text[0]))
                {
                    return false;
                }

                caps++;
            }
        }

        return caps >= 3;
    }
}
