using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// Finds quotations and their speakers: direct quotes between marks (also split and multi-sentence ones),
/// partial quotes inside the author's sentence, block quotes introduced by a colon and a source, and
/// scare quotes (short quoted terms, reported without a speaker). Uses the entity extractor's mentions
/// when present for the fullest speaker name, and its own name phrases otherwise.
/// </summary>
public sealed class QuoteExtractor : IExtractor
{
    public string Name => "quotes";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        var view = new DocumentView(document, findings.Entities);
        var finder = new AttributionFinder(view);
        var resolver = new SpeakerResolver(view);
        var quotes = new List<Quote>();

        int count = view.Spans.Count;
        var ranges = new (int Open, int Close)[count];
        var found = new Attribution?[count];
        for (int q = 0; q < count; q++)
        {
            ranges[q] = finder.TokenRange(q);
            found[q] = ranges[q].Open < 0 ? null : finder.ForQuote(q);
        }

        Attribution?[] inherited = Inherit(view, finder, ranges, found);
        var classifier = new QuoteKindClassifier(view);
        for (int q = 0; q < count; q++)
        {
            if (ranges[q].Open < 0)
            {
                continue;
            }

            Attribution? attribution = found[q] ?? inherited[q];
            string? speaker = null;
            TextSpan? speakerSpan = null;
            if (attribution?.Speaker is { } reference)
            {
                (speaker, TextSpan span) = resolver.Resolve(reference);
                speakerSpan = span;
            }

            QuotedSpan quoted = view.Spans[q];
            if (classifier.IsCode(quoted))
            {
                continue;
            }

            QuoteKind kind = classifier.Classify(q, ranges[q].Open, ranges[q].Close, found[q], speaker is not null);
            string text = quoted.Inner.Slice(view.Text).TrimEnd(',', ' ');
            if (kind == QuoteKind.Scare)
            {
                quotes.Add(new Quote(document.Id, quoted.Outer, text, kind, null, null, null));
                continue;
            }

            string? cue = attribution is null ? null : view.Text[view.Tokens[attribution.CueFirst].Span.Start..view.Tokens[attribution.CueLast].Span.End];
            if (speaker is null && ModelSpeaker.Find(findings, quoted.Inner) is { } learned)
            {
                (speaker, speakerSpan) = (learned.Speaker, learned.Span);
                cue ??= learned.Cue;
            }

            quotes.Add(new Quote(document.Id, quoted.Outer, text, kind, speaker, speaker is null ? null : speakerSpan, cue));
        }

        quotes.AddRange(new BlockQuoteFinder(view, finder, resolver).Find());
        quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return findings with { Quotes = [.. findings.Quotes, .. quotes] };
    }

    /// <summary>
    /// Attribution for quotes without their own cue: another quote of the same sentence, the previous
    /// sentence of the paragraph (when the quote opens its sentence), an introduction ending in a colon,
    /// or the quote the previous paragraph left open.
    /// </summary>
    private static Attribution?[] Inherit(DocumentView view, AttributionFinder finder, (int Open, int Close)[] ranges, Attribution?[] found)
    {
        int count = ranges.Length;
        var inherited = new Attribution?[count];
        var bySentence = new Dictionary<int, Attribution>();
        for (int q = 0; q < count; q++)
        {
            if (found[q] is { Speaker: not null } a && ranges[q].Open >= 0)
            {
                bySentence.TryAdd(view.SentenceOf[ranges[q].Open], a);
                bySentence.TryAdd(view.SentenceOf[ranges[q].Close], a);
            }
        }

        for (int q = 0; q < count; q++)
        {
            if (found[q] is { Speaker: not null } || ranges[q].Open < 0)
            {
                continue;
            }

            int open = ranges[q].Open;
            int sentence = view.SentenceOf[open];
            if (bySentence.TryGetValue(sentence, out Attribution? same))
            {
                inherited[q] = same;
                continue;
            }

            bool opensSentence = open == view.SentenceFirst[sentence];
            if (!opensSentence || sentence == 0)
            {
                continue;
            }

            int paragraph = view.Document.Sentences[sentence].Paragraph;
            Sentence previous = view.Document.Sentences[sentence - 1];
            if (previous.Paragraph == paragraph || previous.Text.EndsWith(':'))
            {
                inherited[q] = bySentence.GetValueOrDefault(sentence - 1) ?? finder.ForSentence(sentence - 1);
            }
            else if (q > 0 && !view.Spans[q - 1].Closed && (found[q - 1] ?? inherited[q - 1]) is { } open2)
            {
                inherited[q] = open2;
            }
            else if (q > 0 && ranges[q - 1].Close >= 0 && view.SentenceOf[ranges[q - 1].Close] == sentence - 1
                && (found[q - 1] ?? inherited[q - 1]) is { Speaker: not null } last && Unattributed(view, sentence, ranges[q].Close))
            {
                // a paragraph that is a bare quotation right after one whose last sentence quotes a speaker carries on
                // that speaker's words (news style names the speaker once and adds paragraphs of quotes without a tag)
                inherited[q] = last;
            }
        }

        return inherited;
    }

    /// <summary>The paragraph opening at <paramref name="sentence"/> names no one after the quote: no name phrase outside quote marks.</summary>
    private static bool Unattributed(DocumentView view, int sentence, int close)
    {
        int end = view.SentenceEnd[sentence];
        for (int i = close + 1; i < end; i++)
        {
            if (view.QuoteOf[i] < 0 && (view.PhraseOf[i] >= 0 || QuoteLexicon.Pronouns.Contains(view.Tokens[i].Text)))
            {
                return false;
            }
        }

        return true;
    }
}
