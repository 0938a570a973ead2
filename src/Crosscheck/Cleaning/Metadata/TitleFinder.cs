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

            if (line.Words >= 2 && !line.Text.EndsWith(':') && LineShape.IsHeadingLike(line)
                && DatelineFinder.ReadDateOnly(line) is null && OutletFinder.ReadDomainLine(line) is null)
            {
                return new TitleLine(i, line.Text, null);
            }

            if (LineShape.IsBodyParagraph(line))
            {
                break;
            }
        }

        // A sentence-case headline: a short first line without final period, over a paragraph or byline.
        SourceLine first = context.Lines[candidates[0]];
        if (first.Words is >= 3 and <= 20 && !LineShape.EndsSentence(first.Text) && !first.Text.EndsWith(':') && candidates.Count > 1)
        {
            SourceLine next = context.Lines[candidates[1]];
            if (LineShape.IsBodyParagraph(next) || BylineFinder.Read(next, allowBareName: true) is not null || DatelineFinder.ReadDateOnly(next) is not null)
            {
                return new TitleLine(candidates[0], first.Text, null);
            }
        }

        return null;
    }

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
