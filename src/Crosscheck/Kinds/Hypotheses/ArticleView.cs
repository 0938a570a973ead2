using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;
using Crosscheck.Lexicons;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// One article as hypothesis and stance finding read it: its sentences, the agent mentions (entities of
/// the set index, demonyms as their country, he/she as the last person named) and its quotes.
/// Sentences and tokens are Annotation's; <see cref="Words"/> is a word split of its own on purpose: it keeps a possessive
/// "'s" and each dot of "U.S." apart, where Annotation's <c>Tokenizer</c> keeps "Norland's" and "U.S." whole, and the
/// determiner and preposition rules read those marks.
/// </summary>
internal sealed partial class ArticleView
{
    private static readonly HashSet<string> Prepositions = Lexicon.WordSet("Hypotheses/prepositions.txt", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "s", "'s", "’s", "’", "'",
    };

    public ArticleView(AnnotatedDocument document, DocumentFindings findings, EntityDirectory directory)
    {
        Document = document;
        Quotes = [.. findings.Quotes.Where(q => q.Kind != QuoteKind.Scare).OrderBy(q => q.Span.Start)];
        Mentions = BuildMentions(document, findings, directory);
        Directory = directory;
    }

    public EntityDirectory Directory { get; }

    public AnnotatedDocument Document { get; }

    public string Id => Document.Id;

    public string Text => Document.Text;

    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Agent mentions in text order.</summary>
    public IReadOnlyList<AgentMention> Mentions { get; }

    public IReadOnlyList<Sentence> Sentences => Document.Sentences;

    /// <summary>The quote (not a scare quote) whose span contains <paramref name="position"/>, if any.</summary>
    public Quote? QuoteAt(int position) => Quotes.FirstOrDefault(q => q.Span.Start <= position && position < q.Span.End);

    /// <summary>The mention of a quote's speaker: the one named as the speaker, else the last within the speaker span.</summary>
    public AgentMention? SpeakerMention(Quote q)
    {
        if (q.SpeakerSpan is not { } span)
        {
            return null;
        }

        var inSpan = Mentions.Where(m => m.Span.Start < span.End && span.Start < m.Span.End).ToList();
        return inSpan.FirstOrDefault(m => string.Equals(m.Name, q.Speaker, StringComparison.OrdinalIgnoreCase)) ?? inSpan.LastOrDefault();
    }

    /// <summary>The agent mentions inside [start, end).</summary>
    public IEnumerable<AgentMention> MentionsIn(int start, int end) => Mentions.Where(m => m.Span.Start >= start && m.Span.End <= end);

    /// <summary>The word just before <paramref name="position"/>, skipping determiners and possessive marks.</summary>
    public string WordBefore(int position, int limit)
    {
        foreach (string word in WordsBackward(position, limit))
        {
            if (!Determiners.Contains(word))
            {
                return word;
            }
        }

        return "";
    }

    /// <summary>True when the mention is the object of a preposition ("on X", "of the X").</summary>
    public bool IsPrepositionalObject(AgentMention m, int sentenceStart) => Prepositions.Contains(WordBefore(m.Span.Start, sentenceStart));

    public static bool IsPreposition(string word) => Prepositions.Contains(word);

    /// <summary>The words before <paramref name="position"/> back to <paramref name="limit"/>, nearest first (punctuation as its own word).</summary>
    public IEnumerable<string> WordsBackward(int position, int limit) =>
        Words(Math.Max(0, limit), Math.Max(limit, position)).Reverse().Select(w => w.Word);

    /// <summary>
    /// The words of Text[start..end) with their offsets, in text order: the one word split of the hypothesis rules (a word
    /// keeps its inner hyphens; a possessive "'s" or an apostrophe and each punctuation mark are words of their own).
    /// </summary>
    public IEnumerable<(string Word, int Start, int End)> Words(int start, int end)
    {
        foreach (Match m in WordPattern().Matches(Text[start..end]))
        {
            yield return (m.Value, start + m.Index, start + m.Index + m.Length);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*|[’']s?|[,;:.!?–—“”""()]")]
    private static partial Regex WordPattern();

    private static List<AgentMention> BuildMentions(AnnotatedDocument document, DocumentFindings findings, EntityDirectory directory)
    {
        var list = new List<AgentMention>();
        foreach (EntityMention m in findings.Entities)
        {
            if (directory.EntityOf(m) is { } e)
            {
                // An entity named by a demonym ("the Peruvians") stands for its country.
                (string Key, string Name)? country = e.Type != EntityType.Person ? directory.CountryOfDemonym(e.Name) : null;
                list.Add(country is { } c ? new AgentMention(m.Span, c.Key, c.Name, EntityType.Place, false) : new AgentMention(m.Span, e.Id, e.Name, e.Type, false));
            }
        }

        var covered = list.Select(m => m.Span).ToList();
        foreach (Sentence s in document.Sentences)
        {
            foreach (Token t in s.Tokens)
            {
                if (t.Kind != TokenKind.Word || t.Text.Length == 0 || covered.Any(c => c.Start <= t.Span.Start && t.Span.End <= c.End))
                {
                    continue;
                }

                int offset = 0;
                foreach (string part in t.Text.Split('-'))
                {
                    var span = new TextSpan(t.Span.Start + offset, t.Span.Start + offset + part.Length);
                    offset += part.Length + 1;
                    if (part.Length > 2 && char.IsUpper(part[0]) && !covered.Any(c => c.Start <= span.Start && span.End <= c.End)
                        && directory.CountryOfDemonym(part) is { } country)
                    {
                        list.Add(new AgentMention(span, country.Key, country.Name, EntityType.Place, false));
                    }
                }
            }
        }

        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var withPronouns = new List<AgentMention>(list);
        foreach (Sentence s in document.Sentences)
        {
            foreach (Token t in s.Tokens)
            {
                if (t.Text is "he" or "He" or "she" or "She"
                    && list.LastOrDefault(m => m.Type == EntityType.Person && m.Span.End <= t.Span.Start) is { } person)
                {
                    withPronouns.Add(person with { Span = t.Span, IsPronoun = true });
                }
            }
        }

        withPronouns.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return withPronouns;
    }
}
