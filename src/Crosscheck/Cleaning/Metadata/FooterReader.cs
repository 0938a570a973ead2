using Crosscheck.Cleaning.ChromeRules;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Reads the end of a document, walking up from the last line: takes closing author bios and bylines
/// as metadata, and removes pitches and short labels, until it meets a line of article text.
/// </summary>
internal static class FooterReader
{
    public static void Read(CleaningContext context)
    {
        for (int i = context.Lines.Count - 1; i >= 0; i--)
        {
            if (!context.IsBody(i))
            {
                continue;
            }

            SourceLine line = context.Lines[i];
            if (BioLineFinder.ReadAuthor(line) is { } bioAuthor)
            {
                context.Mark(i, LineRole.Byline, "author bio");
                context.Author ??= bioAuthor;
            }
            else if (line.Words <= 12 && BylineFinder.Read(line, allowBareName: false) is { Author: not null } byline)
            {
                context.Mark(i, LineRole.Byline, "byline");
                context.Author ??= byline.Author;
            }
            else if (PitchRule.IsPitch(context, i, nearEdgeOnly: true))
            {
                context.Mark(i, LineRole.Chrome, "pitch");
            }
            else if (line.Words <= 8 && !LineShape.EndsSentence(line.Text) && !LineShape.IsAttribution(line.Text))
            {
                context.Mark(i, LineRole.Chrome, "footer label");
            }
            else
            {
                return;
            }
        }
    }
}
