using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// A deterministic repair of the decoded source/cue tags for the commonest inverted attribution, "“…,” says
/// Jane Roe, …": when a cue follows a content that closes a quotation (a comma between at most) and the cue is
/// followed by one to five capitalised words that nothing tags, ending the sentence, the line or the clause (a
/// comma, a period, an opening quotation mark), those words are the source (PolNeAR guidelines: the source is
/// the one the content is attributed to, and a name after a post-posed cue is it). Everything else is left as
/// decoded.
/// </summary>
public static class SourceRepair
{
    private const int MaxNameWords = 5;

    /// <summary>The source/cue tags with the names after post-posed cues tagged as sources.</summary>
    public static int[] Apply(TaggerTokens tokens, int[] sourceCue, int[] content)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sourceCue);
        ArgumentNullException.ThrowIfNull(content);
        int[] result = [.. sourceCue];
        int n = tokens.Count;
        for (int c = 0; c < n; c++)
        {
            if (result[c] != AttributionTags.BeginCue || !AfterQuotedContent(tokens, content, c))
            {
                continue;
            }

            int last = c;
            while (last + 1 < n && result[last + 1] == AttributionTags.InCue)
            {
                last++;
            }

            int first = last + 1;
            int end = first;
            while (end < n && end - first < MaxNameWords && !tokens.LineStart[end] && result[end] == AttributionTags.Outside
                && tokens.Tokens[end].Kind == TokenKind.Word && char.IsUpper(tokens.Tokens[end].Text[0]))
            {
                end++;
            }

            bool closed = end == n || tokens.LineStart[end] || tokens.Tokens[end].Text is "," or "." or "“" or "\"";
            if (end == first || !closed)
            {
                continue;
            }

            result[first] = AttributionTags.BeginSource;
            for (int j = first + 1; j < end; j++)
            {
                result[j] = AttributionTags.InSource;
            }
        }

        return result;
    }

    // The cue at c follows a content token that closes a quotation, with at most a comma between, on the same line.
    private static bool AfterQuotedContent(TaggerTokens tokens, int[] content, int c)
    {
        int j = c - 1;
        if (j >= 0 && tokens.Tokens[j].Text == "," && !tokens.LineStart[c])
        {
            j--;
        }

        return j >= 0 && !tokens.LineStart[j + 1] && content[j] != AttributionTags.Outside && tokens.Tokens[j].Text is "”" or "\"";
    }
}
