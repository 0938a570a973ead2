using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Finds whose figure a number is: the speaker of a quote around it, the source of a passage introduced by
/// "according to X:", the X of "according to X" in its sentence, or the subject of a speech verb that
/// governs it ("X said/reported/confirmed … that …"). Null means the author's own figure.
/// </summary>
internal static partial class HolderFinder
{
    /// <summary>The holder and whether it comes from a quote (whose date is then unknown).</summary>
    public static (string? Holder, bool Quoted) Find(AnnotatedDocument document, Sentence sentence, TextSpan span, DocumentFindings findings)
    {
        foreach (Quote quote in findings.Quotes)
        {
            if (quote.Kind != QuoteKind.Scare && quote.Span.Contains(span) && quote.Speaker is { Length: > 0 } speaker)
            {
                return (speaker, true);
            }
        }

        string text = document.Text;
        if (IntroducedPassage(document, sentence) is { } intro)
        {
            return (Resolve(intro.Name, intro.Span, findings), false);
        }

        string before = text[sentence.Span.Start..span.Start];
        foreach (Match m in AccordingTo().Matches(sentence.Text))
        {
            var nameSpan = new TextSpan(sentence.Span.Start + m.Groups["x"].Index, sentence.Span.Start + m.Groups["x"].Index + m.Groups["x"].Length);
            return (Resolve(Clean(m.Groups["x"].Value), nameSpan, findings), false);
        }

        Match said = SpeechBefore().Match(before);
        if (said.Success)
        {
            Group x = said.Groups["x"];
            var nameSpan = new TextSpan(sentence.Span.Start + x.Index, sentence.Span.Start + x.Index + x.Length);
            return (Resolve(Clean(x.Value), nameSpan, findings), false);
        }

        Match tail = SpeechAfter().Match(text, span.End, sentence.Span.End - span.End);
        if (tail.Success)
        {
            Group x = tail.Groups["x"];
            return (Resolve(Clean(x.Value), new TextSpan(x.Index, x.Index + x.Length), findings), false);
        }

        return (null, false);
    }

    // A paragraph that follows "According to the Journal:" or "X reported:" is that source's text.
    private static (string Name, TextSpan Span)? IntroducedPassage(AnnotatedDocument document, Sentence sentence)
    {
        int index = sentence.Index;
        int firstOfParagraph = index;
        while (firstOfParagraph > 0 && document.Sentences[firstOfParagraph - 1].Paragraph == sentence.Paragraph)
        {
            firstOfParagraph--;
        }

        if (firstOfParagraph == 0)
        {
            return null;
        }

        Sentence lead = document.Sentences[firstOfParagraph - 1];
        if (!lead.Text.TrimEnd().EndsWith(':'))
        {
            return null;
        }

        Match m = AccordingTo().Match(lead.Text);
        if (!m.Success)
        {
            m = SpeechBefore().Match(lead.Text);
        }

        if (!m.Success)
        {
            return null;
        }

        Group x = m.Groups["x"];
        return (Clean(x.Value), new TextSpan(lead.Span.Start + x.Index, lead.Span.Start + x.Index + x.Length));
    }

    private static string Resolve(string name, TextSpan span, DocumentFindings findings)
    {
        foreach (CitedSource source in findings.CitedSources)
        {
            if (source.Span.Overlaps(span))
            {
                return source.Name;
            }
        }

        foreach (EntityMention entity in findings.Entities)
        {
            if (entity.Span.Overlaps(span) && entity.Type != EntityType.Place)
            {
                return entity.Canonical;
            }
        }

        return name;
    }

    private static string Clean(string name)
    {
        string s = name.Trim().TrimEnd(',', '.', ':');
        return LeadingDeterminer().Replace(s, "");
    }

    private const string Name = @"(?:[A-Z][\p{L}.'’&-]*|of|the|for|and)(?:\s+(?:[A-Z][\p{L}.'’&-]*|of|the|for|and)){0,5}";

    private const string Institution = @"(?:(?:[A-Z][\p{L}.'’-]*\s+)?(?:officials|police|authorities|investigators|prosecutors|witnesses|officers|sources|rescuers|doctors|medics|the\s+ministry|state\s+media|state\s+television|the\s+government))";

    [GeneratedRegex(@"\b[Aa]ccording\s+to\s+(?<x>(?:the\s+)?(?:" + Name + @"(?:\s+(?:officials|sources|police|media|reports?))?|" + Institution + "))")]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"(?<x>(?<![\p{L}])(?:(?:the\s+)?[A-Z][\p{L}.'’&-]*(?:\s+(?:[A-Z][\p{L}.'’&-]*|of)){0,4}|" + Institution + @"))\s+(?:(?:had|has|have|also|later|previously|earlier|only|then|again|officially)\s+)*(?:said|says|told|reported|reports|confirmed|confirms|announced|announces|stated|added|estimated|noted|wrote|tweeted|(?:claimed|warned|insisted|posted)(?=\s+(?:on\s+\S+\s+)?that\b))\b")]
    private static partial Regex SpeechBefore();

    [GeneratedRegex(@"\G[^.;]*?,\s*(?<x>(?:the\s+)?[A-Z][\p{L}.'’&-]*(?:\s+[A-Z][\p{L}.'’&-]*){0,4}|" + Institution + @")\s+(?:said|says|told|reported|confirmed|announced|stated|added)\b")]
    private static partial Regex SpeechAfter();

    [GeneratedRegex(@"^(?:the|his|her|its|their|own|state-run|\s)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDeterminer();
}
