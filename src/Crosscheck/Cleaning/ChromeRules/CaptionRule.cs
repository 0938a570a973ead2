using Crosscheck.Lexicons;

namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// Image captions: a short verbless line right after a photo credit, or a short verbless fragment
/// standing as its own paragraph between two long paragraphs ("During brutal attack.").
/// </summary>
internal sealed class CaptionRule : IChromeRule
{
    /// <summary>Words that open a short sentence of the text rather than a caption ("And …", "Oh …", "Please …").</summary>
    private static readonly HashSet<string> SentenceOpeners = Lexicon.WordSet("Cleaning/sentence-openers.txt", StringComparer.Ordinal);

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (context.IsBody(i) && (FollowsCredit(context, i) || IsFragment(context, i)))
            {
                context.Mark(i, LineRole.Chrome, "caption");
            }
        }
    }

    private static bool FollowsCredit(CleaningContext context, int i)
    {
        SourceLine line = context.Lines[i];
        int previous = i - 1;
        while (previous >= 0 && context.Lines[previous].IsBlank)
        {
            previous--;
        }

        return previous >= 0
            && context.Reason(previous) == PhotoCreditRule.Reason
            && line.Words <= 12
            && !line.Text.EndsWith(':')
            && !LineShape.HasVerbish(line.Text);
    }

    private static bool IsFragment(CleaningContext context, int i)
    {
        SourceLine line = context.Lines[i];
        if (line.Words > 6 || !line.Text.EndsWith('.') || line.Text.EndsWith("..", StringComparison.Ordinal)
            || !context.IsOwnBlock(i) || LineShape.HasVerbish(line.Text))
        {
            return false;
        }

        string inner = line.Text[..^1];
        string firstWord = LineShape.Words(line.Text)[0].TrimEnd(',').ToLowerInvariant();
        if (line.Words < 2 || inner.IndexOfAny([',', ';', '!', '?', ':']) >= 0 || SentenceOpeners.Contains(firstWord))
        {
            return false;
        }

        int previous = context.PreviousBody(i);
        int next = context.NextBody(i);
        return previous >= 0 && next >= 0
            && context.Lines[previous].Words >= 15 && !context.Lines[previous].Text.EndsWith(':')
            && context.Lines[next].Words >= 15;
    }
}
