using Crosscheck.Model;

namespace Crosscheck.Extraction.Entities;

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
        foreach (Sentence sentence in document.Sentences)
        {
            bool skip = IsAllCaps(sentence);
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

        return MentionResolver.Resolve(document.Id, document.Text, candidates);
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
