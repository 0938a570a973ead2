using System.Text;

namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>
/// The text handling of the stance model: lower-cased word tokens (letters and digits, an inner
/// apostrophe kept: "didn't") and a light sentence split, both fast enough for 50,000 pairs. Kept apart from
/// Annotation's <c>Tokenizer</c> and <c>SentenceSplitter</c> on purpose: the committed stance model was trained on these
/// exact tokens ("6,000" is two words here, one token there), so changing them would change its predictions.
/// </summary>
public static class StanceText
{
    /// <summary>The lower-cased words of <paramref name="text"/>, in order.</summary>
    public static List<string> Words(string text) => Words(text, 0, text.Length);

    /// <summary>The lower-cased words of text[start..end), in order.</summary>
    public static List<string> Words(string text, int start, int end)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c is '\'' or '’' && word.Length > 0 && i + 1 < end && char.IsLetter(text[i + 1]))
            {
                word.Append('\'');
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    /// <summary>
    /// Sentence spans: a break after '.', '!' or '?' followed by white space, and at every line break.
    /// Good enough for features; the pipeline's own <c>SentenceSplitter</c> is used for evidence spans.
    /// </summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var spans = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool brk = c == '\n' || (c is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
            if (brk)
            {
                Add(text, spans, start, i + 1);
                start = i + 1;
            }
        }

        Add(text, spans, start, text.Length);
        return spans;
    }

    private static void Add(string text, List<(int, int)> spans, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end - start > 1)
        {
            spans.Add((start, end));
        }
    }
}
