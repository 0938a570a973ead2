using System.Text.RegularExpressions;

namespace Crosscheck.Cleaning.Metadata;

/// <summary>Reads an outlet from a header line that is only a domain or address ("www.example.com").</summary>
internal static partial class OutletFinder
{
    /// <summary>The domain (without "www.") when the line is only a domain or URL, else null.</summary>
    public static string? ReadDomainLine(SourceLine line)
    {
        Match m = DomainLine().Match(line.Text);
        return m.Success ? m.Groups["host"].Value.ToLowerInvariant() : null;
    }

    [GeneratedRegex(@"^(?:https?://)?(?:www\.)?(?<host>(?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DomainLine();
}
