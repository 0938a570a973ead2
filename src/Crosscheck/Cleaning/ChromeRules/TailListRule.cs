namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// A list closing the page: a short header naming related links, tags or resources ("Engagement
/// Resources:", "Most Popular Articles", "Check out other tags:") after the first third of the text, followed
/// only by list-like lines (bullets, short lines, pitches) up to the end. Removes the header and the list.
/// </summary>
internal sealed class TailListRule : IChromeRule
{
    public void Apply(CleaningContext context)
    {
        int[] content = context.ContentIndices().ToArray();
        int from = content.Length / 3;
        for (int n = Math.Max(1, from); n < content.Length; n++)
        {
            int h = content[n];
            if (context.IsBody(h) && IsListHeader(context.Lines[h]) && content[(n + 1)..].All(k => IsListLike(context, k)))
            {
                foreach (int k in content[n..])
                {
                    if (context.IsBody(k))
                    {
                        context.Mark(k, LineRole.Chrome, "closing list");
                    }
                }

                return;
            }
        }
    }

    private static bool IsListHeader(SourceLine line) =>
        line.Words is >= 1 and <= 6
        && !LineShape.EndsSentence(line.Text)
        && LineShape.CountPhrases(line.Key, CleaningLexicon.TailListCues) > 0;

    private static bool IsListLike(CleaningContext context, int k)
    {
        SourceLine line = context.Lines[k];
        return !context.IsBody(k)
            || LineShape.StartsWithBullet(line.Text)
            || line.Words <= 12
            || PitchRule.IsPitch(context, k, nearEdgeOnly: true);
    }
}
