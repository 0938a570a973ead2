using Crosscheck.Model;

namespace Crosscheck.Annotation;

/// <summary>
/// Splits cleaned text into sentences. Paragraphs (lines) never share a sentence. Inside a paragraph a
/// sentence ends at ".", "!", "?" or "…" (with any closing quotes and brackets that follow) when the
/// next word starts like a sentence; titles (Sen., Gen.), initials (George W. Bush), dotted acronyms
/// (U.S., F.S.B.) and decimals do not end one. "…?” he asked" keeps the speech tag in the sentence.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (SplitParagraph(text, lineStart, lineEnd, paragraph, sentences))
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static bool SplitParagraph(string text, int start, int end, int paragraph, List<Sentence> output)
    {
        int sentenceStart = SkipSpace(text, start, end);
        if (sentenceStart >= end)
        {
            return false;
        }

        int i = sentenceStart;
        while (i < end)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '…')
            {
                int boundary = i + 1;
                while (boundary < end && text[boundary] is '.' or '!' or '?' or '…')
                {
                    boundary++;
                }

                while (boundary < end && IsCloser(text[boundary]))
                {
                    boundary++;
                }

                if (IsBoundary(text, i, boundary, end))
                {
                    Add(text, sentenceStart, boundary, paragraph, output);
                    sentenceStart = SkipSpace(text, boundary, end);
                    i = sentenceStart;
                    continue;
                }

                i = boundary;
                continue;
            }

            i++;
        }

        if (sentenceStart < end)
        {
            Add(text, sentenceStart, end, paragraph, output);
        }

        return true;
    }

    private static bool IsBoundary(string text, int mark, int boundary, int end)
    {
        if (boundary >= end)
        {
            return false; // the paragraph end closes the sentence anyway
        }

        if (!char.IsWhiteSpace(text[boundary]))
        {
            return false; // "U.S.-led", "3.5", "Wow!Wow"
        }

        int next = SkipSpace(text, boundary, end);
        if (next >= end)
        {
            return false;
        }

        char n = text[next];
        bool startsLikeSentence = char.IsUpper(n) || char.IsDigit(n) || IsOpener(n);
        if (!startsLikeSentence)
        {
            return false;
        }

        if (text[mark] != '.' || boundary - mark > 1 && text[mark + 1] == '.')
        {
            return true; // "!", "?", "…", "..."
        }

        string before = WordBefore(text, mark);
        if (before.Length == 0)
        {
            return true;
        }

        // Initials: "George W. Bush".
        if (before.Length == 1 && char.IsUpper(before[0]))
        {
            return false;
        }

        if (Abbreviations.NonTerminal.Contains(before))
        {
            return false;
        }

        // Dotted acronyms (U.S., F.S.B.) end a sentence only before a typical sentence opener.
        if (before.Contains('.'))
        {
            string nextWord = WordAt(text, next, end);
            return Abbreviations.SentenceStarters.Contains(nextWord);
        }

        return true;
    }

    private static string WordBefore(string text, int mark)
    {
        int i = mark;
        while (i > 0 && (char.IsLetter(text[i - 1]) || (text[i - 1] == '.' && i >= 2 && char.IsLetter(text[i - 2]))))
        {
            i--;
        }

        return text[i..mark];
    }

    private static string WordAt(string text, int start, int end)
    {
        int i = start;
        while (i < end && char.IsLetter(text[i]))
        {
            i++;
        }

        return text[start..i];
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '(' or '[' or '«' or '\'';

    private static int SkipSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> output)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return;
        }

        var span = new TextSpan(start, end);
        output.Add(new Sentence(output.Count, paragraph, span, text[start..end], Tokenizer.Tokenize(text, span)));
    }
}
