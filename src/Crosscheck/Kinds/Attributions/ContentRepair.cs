using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// A deterministic repair of the decoded content tags, after the PolNeAR guidelines ("Closeup on Content",
/// "Closeup on punctuation"): a content is a clause or more, so it does not stop in the middle of one. When a
/// content ends right before a word of its own sentence (no punctuation between) and the rest of the sentence holds
/// no source, cue or other content, the content is run on to the end of the sentence, leaving out the sentence's
/// final mark (. ! ?) unless a quotation closes after it. "He notes [that the board] met on Friday." becomes
/// "He notes [that the board met on Friday]." And a quotation that resumes after its cue ("“We will,” she said,
/// “win.”") continues the content before the cue, as the guidelines' content continuations do. Everything else is
/// left as decoded.
/// </summary>
public static class ContentRepair
{
    /// <summary>The content tags with each content that stops inside its clause run on to its sentence's end.</summary>
    public static int[] Apply(TaggerTokens tokens, int[] sourceCue, int[] content)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sourceCue);
        ArgumentNullException.ThrowIfNull(content);
        int[] result = [.. content];
        JoinResumedQuotations(tokens, sourceCue, result);
        int n = tokens.Count;
        for (int i = 0; i + 1 < n; i++)
        {
            if (result[i] == AttributionTags.Outside || result[i + 1] != AttributionTags.Outside
                || tokens.Sentence[i + 1] != tokens.Sentence[i] || tokens.LineStart[i + 1]
                || tokens.Tokens[i + 1].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            int last = i + 1;
            while (last + 1 < n && tokens.Sentence[last + 1] == tokens.Sentence[i] && !tokens.LineStart[last + 1])
            {
                last++;
            }

            int end = EndBeforeFinalMark(tokens, i + 1, last);
            bool free = true;
            for (int j = i + 1; j <= last && free; j++)
            {
                free = sourceCue[j] == AttributionTags.Outside && result[j] == AttributionTags.Outside;
            }

            if (!free || end <= i)
            {
                continue;
            }

            for (int j = i + 1; j <= end; j++)
            {
                result[j] = AttributionTags.InContent;
            }

            i = last;
        }

        return result;
    }

    // “…,” she said, “…”: a content that opens a quotation after a source and cue, which follow a content closing a
    // quotation in the same line with nothing else between (commas aside), continues that content.
    private static void JoinResumedQuotations(TaggerTokens tokens, int[] sourceCue, int[] content)
    {
        for (int k = 1; k < tokens.Count; k++)
        {
            if (content[k] != AttributionTags.BeginContent || tokens.LineStart[k] || tokens.Tokens[k].Text is not ("“" or "\""))
            {
                continue;
            }

            int j = k - 1;
            bool cue = false;
            while (j >= 0 && content[j] == AttributionTags.Outside && !tokens.LineStart[j + 1]
                && (sourceCue[j] != AttributionTags.Outside || tokens.Tokens[j].Text == ","))
            {
                cue |= sourceCue[j] is AttributionTags.BeginCue or AttributionTags.InCue;
                j--;
            }

            if (cue && j >= 0 && content[j] != AttributionTags.Outside && (tokens.Tokens[j].Text is "”" or "\"") && !tokens.LineStart[j + 1])
            {
                content[k] = AttributionTags.ContinueContent;
            }
        }
    }

    // The last token to take: the sentence's last token, or the one before a final . ! ? that no quotation mark follows.
    private static int EndBeforeFinalMark(TaggerTokens tokens, int first, int last)
    {
        string final = tokens.Tokens[last].Text;
        return final is "." or "!" or "?" && last > first ? last - 1 : last;
    }
}
