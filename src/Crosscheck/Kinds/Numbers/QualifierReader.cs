using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>Reads the words that bound a number: "at least 60", "more than 140", "nearly 200", "300 or more".</summary>
internal static partial class QualifierReader
{
    private const int Window = 40;

    /// <summary>The qualifier written just before <paramref name="start"/>, and where it begins (or <paramref name="start"/> if none).</summary>
    public static (Qualifier Qualifier, int Start) ReadBefore(string text, int start)
    {
        int from = Math.Max(0, start - Window);
        Match m = Before().Match(text, from, start - from);
        if (!m.Success)
        {
            return (Qualifier.Exact, start);
        }

        Qualifier q = m.Groups["al"].Success ? Qualifier.AtLeast
            : m.Groups["am"].Success ? Qualifier.AtMost
            : m.Groups["ft"].Success ? Qualifier.FewerThan
            : m.Groups["mt"].Success ? Qualifier.MoreThan
            : m.Groups["ne"].Success ? Qualifier.Nearly
            : m.Groups["ut"].Success ? Qualifier.UpTo
            : Qualifier.About;
        return (q, m.Index);
    }

    /// <summary>A qualifier written after the number ("300 or more", "5,000-plus"), and where it ends.</summary>
    public static (Qualifier? Qualifier, int End) ReadAfter(string text, int end)
    {
        Match m = After().Match(text, end, Math.Min(Window, text.Length - end));
        if (!m.Success)
        {
            return (null, end);
        }

        Qualifier q = m.Groups["al"].Success ? Qualifier.AtLeast : m.Groups["am"].Success ? Qualifier.AtMost : Qualifier.About;
        return (q, m.Index + m.Length);
    }

    [GeneratedRegex(
        @"(?<![\p{L}])(?:(?<al>at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of)|(?<am>at\s+(?:the\s+)?most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of)|(?<ft>fewer\s+than|less\s+than|under|below|sub-)|(?<mt>(?:well\s+|just\s+)?(?:more\s+than|over\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeding|exceeded|surpassed|surpassing|topped|topping|greater\s+than))|(?<ne>nearly|almost|close\s+to|just\s+(?:shy\s+of|short\s+of)|not\s+quite)|(?<ut>up\s+to|as\s+many\s+as|as\s+much\s+as)|(?<ab>about|around|approximately|approx\.|roughly|some|an\s+estimated|estimated|circa|an?\s+approximate|~))\s*[$€£¥]?\s*(?:minus[\s-]?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Before();

    [GeneratedRegex(
        @"\G(?:(?<al>\s+or\s+more|\s+or\s+above|-?plus\b|\+)|(?<am>\s+or\s+(?:fewer|less))|(?<ab>\s+or\s+so))(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex After();
}
