using System.Text;

namespace Crosscheck.Cleaning;

/// <summary>
/// Builds the cleaned text from the lines kept: the article's own head (its title once, subtitle,
/// byline, dateline: a reader sees them, and findings in them — a date, a count in a standfirst — must
/// link to them) and its body. One paragraph per line, and a blank line between two kept lines wherever
/// the source had one (runs of blank lines become one). Chrome never enters.
/// </summary>
internal static class CleanTextBuilder
{
    /// <returns>The text, and the offset where the body starts (after the head lines).</returns>
    public static (string Text, int BodyStart) Build(CleaningContext context)
    {
        int bodyStart = -1;
        bool[] kept = Kept(context);
        var sb = new StringBuilder();
        bool blankSince = false;
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (context.Lines[i].IsBlank)
            {
                blankSince = true;
                continue;
            }

            if (!kept[i])
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blankSince ? "\n\n" : "\n");
            }

            if (bodyStart < 0 && context.IsBody(i))
            {
                bodyStart = sb.Length;
            }

            sb.Append(context.Lines[i].Text);
            blankSince = false;
        }

        return (sb.ToString(), bodyStart < 0 ? sb.Length : bodyStart);
    }

    /// <summary>For each line, whether it enters the cleaned text (body or head).</summary>
    public static bool[] Kept(CleaningContext context)
    {
        var kept = new bool[context.Lines.Count];
        bool titleKept = false;
        bool inHead = true; // head lines count only above the first body line: a closing bio stays out
        for (int i = 0; i < kept.Length; i++)
        {
            bool body = context.IsBody(i);
            kept[i] = !context.Lines[i].IsBlank && (body || (inHead && IsHead(context, i, ref titleKept)));
            inHead &= !body;
        }

        return kept;
    }

    private static bool IsHead(CleaningContext context, int i, ref bool titleKept)
    {
        switch (context.Role(i))
        {
            case LineRole.Subtitle or LineRole.Byline or LineRole.Dateline:
                return true;
            case LineRole.Title when !titleKept && context.Lines[i].Text.Trim() == context.Title:
                titleKept = true;
                return true;
            default:
                return false;
        }
    }
}
