using Crosscheck.Lexicons;

namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// Navigation teasers: a headline-like line followed by a line cut off with an ellipsis
/// ("India is emerging as a beacon of..."). Two or more such pairs in a text are chrome; a single pair
/// only when the ellipsis visibly cuts the text (after a colon or a function word).
/// </summary>
internal sealed class TeaserRule : IChromeRule
{
    public const string Reason = "teaser";

    /// <summary>Words a sentence cannot end on: an ellipsis after them cuts the text.</summary>
    private static readonly HashSet<string> CutWords = Lexicon.WordSet("Cleaning/cut-words.txt", StringComparer.Ordinal);

    public void Apply(CleaningContext context)
    {
        var pairs = new List<(int Headline, int Teaser, bool Cut)>();
        for (int i = 0; i < context.Lines.Count; i++)
        {
            SourceLine line = context.Lines[i];
            if (!context.IsBody(i) || !LineShape.EndsWithEllipsis(line.Text) || line.Words > 40)
            {
                continue;
            }

            int h = context.PreviousBody(i);
            int headline = h >= 0 && IsHeadline(context.Lines[h]) && context.NextBody(h) == i ? h : -1;
            pairs.Add((headline, i, IsCut(line.Text)));
        }

        int full = pairs.Count(p => p.Headline >= 0);
        foreach ((int headline, int teaser, bool cut) in pairs)
        {
            if (headline >= 0 && (full >= 2 || cut))
            {
                context.Mark(headline, LineRole.Chrome, Reason);
                context.Mark(teaser, LineRole.Chrome, Reason);
            }
            else if (cut && context.Lines[teaser].Words <= 25 && context.IsOwnBlock(teaser))
            {
                context.Mark(teaser, LineRole.Chrome, Reason);
            }
        }
    }

    private static bool IsHeadline(SourceLine line) =>
        line.Words is >= 2 and <= 16 && !LineShape.EndsSentence(line.Text) && !line.Text.EndsWith(':');

    /// <summary>True when the text before the ellipsis ends on a colon or a function word.</summary>
    private static bool IsCut(string text)
    {
        string body = text.TrimEnd('.', '…', ' ');
        if (body.EndsWith(':'))
        {
            return true;
        }

        int space = body.LastIndexOf(' ');
        string last = (space < 0 ? body : body[(space + 1)..]).ToLowerInvariant();
        return CutWords.Contains(last);
    }
}
