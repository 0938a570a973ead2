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
    public static string Build(CleaningContext context)
    {
        var sb = new StringBuilder();
        bool blankSince = false;
        bool titleKept = false;
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (context.Lines[i].IsBlank)
            {
                blankSince = true;
                continue;
            }

            if (!context.IsBody(i) && !IsHead(context, i, ref titleKept))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blankSince ? "\n\n" : "\n");
            }

            sb.Append(context.Lines[i].Text);
            blankSince = false;
        }

        return sb.ToString();
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
