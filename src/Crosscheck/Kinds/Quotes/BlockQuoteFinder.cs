using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Finds block quotes: a paragraph without quote marks introduced by the previous paragraph ending in a
/// colon, where the introducing sentence names a source ("According to the Daily Ledger, …:",
/// "From a … report:", "reported in the Daily Ledger:", "Again, the Ledger:") or has a speech cue.
/// An introduction without a source (the author's own list) does not make a block quote.
/// </summary>
internal sealed class BlockQuoteFinder(DocumentView view, AttributionFinder attributions, SpeakerResolver resolver)
{
    private const int MinWords = 12;

    public IEnumerable<Quote> Find()
    {
        IReadOnlyList<Sentence> sentences = view.Document.Sentences;
        for (int s = 1; s < sentences.Count; s++)
        {
            Sentence intro = sentences[s - 1];
            Sentence first = sentences[s];
            if (first.Paragraph == intro.Paragraph || !intro.Text.EndsWith(':') || first.Text[0] is '“' or '"' or '‘' or '-' or '•' or '*')
            {
                continue;
            }

            int last = s;
            while (last + 1 < sentences.Count && sentences[last + 1].Paragraph == first.Paragraph)
            {
                last++;
            }

            var span = new TextSpan(first.Span.Start, sentences[last].Span.End);
            int words = 0;
            for (int k = s; k <= last; k++)
            {
                words += sentences[k].Tokens.Count(t => t.Kind == TokenKind.Word);
            }

            if (words < MinWords || Source(s - 1) is not { } source)
            {
                continue;
            }

            (string? name, TextSpan speakerSpan) = resolver.Resolve(source.Speaker);
            if (name is null)
            {
                continue;
            }

            yield return new Quote(view.Document.Id, span, span.Slice(view.Text), QuoteKind.Block, name, speakerSpan, source.Cue);
        }
    }

    private (SpeakerRef Speaker, string Cue)? Source(int sentence)
    {
        if (attributions.ForSentence(sentence) is { Speaker: { } speaker } a)
        {
            return (speaker, CueText(a.CueFirst, a.CueLast));
        }

        int first = view.SentenceFirst[sentence];
        int end = view.SentenceEnd[sentence];

        // "From a Harbor Institute report on …:" / "we learn from this … report:"
        for (int i = first; i < end - 1; i++)
        {
            if (!view.Is(i, "from"))
            {
                continue;
            }

            int k = i + 1;
            while (k < end && QuoteLexicon.Determiners.Contains(view.Tokens[k].Text))
            {
                k++;
            }

            if (k < end && view.PhraseOf[k] >= 0 && view.Phrases[view.PhraseOf[k]] is { } phrase && phrase.First == k
                && phrase.Last + 1 < end && QuoteLexicon.SourceNouns.Contains(view.Tokens[phrase.Last + 1].Text))
            {
                return (new SpeakerRef(phrase.First, phrase.Last, SpeakerForm.Name, view.PhraseOf[k]), "from");
            }
        }

        // "Again, the Daily Ledger:": the introduction is only an organization's name.
        int start = first;
        if (end - first > 2 && view.Tokens[first + 1].Text == ",")
        {
            start = first + 2;
        }

        while (start < end && QuoteLexicon.Determiners.Contains(view.Tokens[start].Text))
        {
            start++;
        }

        if (start < end && view.PhraseOf[start] >= 0 && view.Phrases[view.PhraseOf[start]] is { IsOrganization: true } org
            && org.First == start && org.Last == end - 2)
        {
            return (new SpeakerRef(org.First, org.Last, SpeakerForm.Name, view.PhraseOf[start]), ":");
        }

        return null;
    }

    private string CueText(int first, int last) => view.Text[view.Tokens[first].Span.Start..view.Tokens[last].Span.End];
}
