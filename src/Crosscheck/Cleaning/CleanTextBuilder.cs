using System.Text;

namespace Crosscheck.Cleaning;

/// <summary>
/// Builds the cleaned text from the lines kept as body: one paragraph per line, and a blank line
/// between two kept lines wherever the source had one (runs of blank lines become one).
/// </summary>
internal static class CleanTextBuilder
{
    public static string Build(CleaningContext context)
    {
        var sb = new StringBuilder();
        bool blankSince = false;
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (context.Lines[i].IsBlank)
            {
                blankSince = true;
                continue;
            }

            if (!context.IsBody(i))
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
}
