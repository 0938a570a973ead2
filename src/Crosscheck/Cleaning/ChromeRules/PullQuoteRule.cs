namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// Pull quotes: a line of its own whose words appear again inside a longer paragraph of the same
/// document. The paragraph keeps the words; the repeat is removed.
/// </summary>
internal sealed class PullQuoteRule : IChromeRule
{
    private const int MinWords = 6;
    private const int MaxWords = 40;
    private const int MaxLines = 2000;

    public void Apply(CleaningContext context)
    {
        IReadOnlyList<SourceLine> lines = context.Lines;
        if (lines.Count > MaxLines)
        {
            return;
        }

        for (int i = 0; i < lines.Count; i++)
        {
            SourceLine line = lines[i];
            if (!context.IsBody(i) || line.Words is < MinWords or > MaxWords)
            {
                continue;
            }

            for (int k = 0; k < lines.Count; k++)
            {
                if (k != i && context.IsBody(k) && lines[k].Words > line.Words
                    && lines[k].Key.Contains(line.Key, StringComparison.Ordinal))
                {
                    context.Mark(i, LineRole.Chrome, "pull quote");
                    break;
                }
            }
        }
    }
}
