namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Reads the head of a document: marks the title line (and its repeats), the subtitle, bylines, date
/// lines and domain lines, and removes the short labels between them and the first body paragraph.
/// Lines above the title are navigation and are removed too.
/// </summary>
internal static class HeaderReader
{
    public static void Read(CleaningContext context)
    {
        TitleLine? title = TitleFinder.Find(context, context.Source.Meta.Title);
        if (title is not null)
        {
            context.Title ??= title.Title;
            context.Outlet ??= title.ListTag;
            for (int i = 0; i < title.Index; i++)
            {
                if (context.IsBody(i) && !ReadMetadataLine(context, i, allowBareName: false))
                {
                    context.Mark(i, LineRole.Chrome, "above title");
                }
            }

            context.Mark(title.Index, LineRole.Title, "title");
        }

        string titleKey = LineShape.Normalize(context.Title ?? string.Empty);
        bool subtitleOpen = title is not null;
        for (int i = title is null ? 0 : title.Index + 1; i < context.Lines.Count; i++)
        {
            if (!context.IsBody(i))
            {
                continue;
            }

            SourceLine line = context.Lines[i];
            if (title is not null && TitleFinder.IsSameTitle(line, titleKey))
            {
                context.Mark(i, LineRole.Title, "repeated title");
            }
            else if (ReadMetadataLine(context, i, allowBareName: title is not null))
            {
                continue;
            }
            else if (subtitleOpen && IsSubtitle(context, i))
            {
                context.Mark(i, LineRole.Subtitle, "subtitle");
                context.Subtitle = line.Text;
                subtitleOpen = false;
            }
            else if (LineShape.IsBodyParagraph(line))
            {
                break;
            }
            else if (line.Words <= (title is null ? 4 : 8) && !LineShape.EndsSentence(line.Text) && !":-–—".Contains(line.Text[^1], StringComparison.Ordinal)
                && !LineShape.IsAttribution(line.Text))
            {
                context.Mark(i, LineRole.Chrome, "header label");
            }
            else
            {
                break;
            }
        }
    }

    /// <summary>Marks line i when it is a byline, a date line or a domain line, and keeps what it says.</summary>
    private static bool ReadMetadataLine(CleaningContext context, int i, bool allowBareName)
    {
        SourceLine line = context.Lines[i];
        if (BylineFinder.Read(line, allowBareName) is { } byline)
        {
            context.Mark(i, LineRole.Byline, "byline");
            context.Author ??= byline.Author;
            context.Published ??= byline.Date;
            return true;
        }

        if (DatelineFinder.ReadDateOnly(line) is { } date)
        {
            context.Mark(i, LineRole.Dateline, "date line");
            context.Published ??= date;
            return true;
        }

        if (OutletFinder.ReadDomainLine(line) is { } domain)
        {
            context.Mark(i, LineRole.Chrome, "domain line");
            context.Outlet ??= domain;
            return true;
        }

        return false;
    }

    /// <summary>A standfirst: a sentence-like line under the title, before the body starts.</summary>
    private static bool IsSubtitle(CleaningContext context, int i)
    {
        SourceLine line = context.Lines[i];
        if (line.Words is < 4 or > 50 || line.Text.EndsWith(':'))
        {
            return false;
        }

        if (!LineShape.EndsSentence(line.Text))
        {
            return true;
        }

        // A full sentence is a standfirst only when the head goes on after it (byline, date, chrome).
        int next = context.NextContent(i);
        return next >= 0
            && (!context.IsBody(next)
                || DatelineFinder.ReadDateOnly(context.Lines[next]) is not null
                || BylineFinder.Read(context.Lines[next], allowBareName: true) is not null);
    }
}
