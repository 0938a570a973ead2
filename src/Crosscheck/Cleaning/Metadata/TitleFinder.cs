using System.Text.RegularExpressions;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>
/// Finds the title line near the top: the container's title when the text repeats it, a mailing-list
/// subject ("[List] Title"), the first heading-like line (title case or all caps, no final period,
/// at most 20 words), or a short first line without final period that a body paragraph follows.
/// </summary>
internal static partial class TitleFinder
{
    private const int MaxLinesScanned = 12;

    /// <summary>The title line found, or null.</summary>
    public static TitleLine? Find(CleaningContext context, string? declaredTitle)
    {
        List<int> candidates = context.ContentIndices().Where(context.IsBody).Take(MaxLinesScanned).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        if (declaredTitle is not null)
        {
            string key = LineShape.Normalize(StripListTag(declaredTitle, out _));
            foreach (int i in candidates)
            {
                if (IsSameTitle(context.Lines[i], key))
                {
                    return new TitleLine(i, StripListTag(declaredTitle, out string? tag).Trim(), tag);
                }
            }

            return null;
        }

        Match subject = ListSubject().Match(context.Lines[candidates[0]].Text);
        if (subject.Success)
        {
            return new TitleLine(candidates[0], subject.Groups["title"].Value.Trim(), subject.Groups["tag"].Value.Trim());
        }

        foreach (int i in candidates)
        {
            SourceLine line = context.Lines[i];
            if (BylineFinder.Read(line, allowBareName: false) is not null)
            {
                break;
            }

            if (line.Words >= 2 && LineShape.IsHeadingLike(line) && CanBeTitle(line))
            {
                return new TitleLine(i, line.Text, null);
            }

            // Text above a title is short navigation; a longer line means the text has no title line.
            if (LineShape.IsBodyParagraph(line) || line.Words > 12 || (line.Words >= 5 && line.Text.EndsWith(':')))
            {
                break;
            }
        }

        // A sentence-case headline: a short first line without final period, over a paragraph or byline.
        SourceLine first = context.Lines[candidates[0]];
        if (first.Words is >= 4 and <= 20 && !LineShape.EndsSentence(first.Text) && CanBeTitle(first) && candidates.Count > 1)
        {
            SourceLine next = context.Lines[candidates[1]];
            if (LineShape.IsBodyParagraph(next) || BylineFinder.Read(next, allowBareName: true) is not null || DatelineFinder.ReadDateOnly(next) is not null)
            {
                return new TitleLine(candidates[0], first.Text, null);
            }
        }

        return null;
    }

    /// <summary>False for lines that a title never is: labels ending in ":" or a dash, dates, addresses, credits, "Updated …".</summary>
    private static bool CanBeTitle(SourceLine line)
    {
        ReadOnlySpan<char> end = LineShape.WithoutClosers(line.Text);
        return end.Length > 0 && end[^1] is not (':' or '-' or '–' or '—' or ',' or ';')
            && !LineShape.IsAttribution(line.Text)
            && !NotTitleStart().IsMatch(line.Text)
            && DatelineFinder.ReadDateOnly(line) is null
            && OutletFinder.ReadDomainLine(line) is null;
    }

    [GeneratedRegex(@"^(?:updated|posted|published|last\s+updated|filed|editor'?s\s+note|correction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotTitleStart();

    /// <summary>True when the line repeats the title: the same words, as a list subject, or with a short label glued on.</summary>
    public static bool IsSameTitle(SourceLine line, string titleKey)
    {
        if (titleKey.Length == 0)
        {
            return false;
        }

        string key = line.Key;
        Match subject = ListSubject().Match(line.Text);
        if (subject.Success)
        {
            key = LineShape.Normalize(subject.Groups["title"].Value);
        }

        if (key == titleKey)
        {
            return true;
        }

        const int LabelChars = 30;
        return key.Length - titleKey.Length <= LabelChars
            && (key.EndsWith(titleKey, StringComparison.Ordinal) || key.StartsWith(titleKey, StringComparison.Ordinal));
    }

    private static string StripListTag(string title, out string? tag)
    {
        Match subject = ListSubject().Match(title);
        tag = subject.Success ? subject.Groups["tag"].Value.Trim() : null;
        return subject.Success ? subject.Groups["title"].Value : title;
    }

    [GeneratedRegex(@"^\[(?<tag>[^\[\]]{1,40})\]\s*(?:(?:re|fwd?|aw)\s*:\s*)*(?<title>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ListSubject();
}
