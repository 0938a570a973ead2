using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Crosscheck.Lexicons;

namespace Crosscheck.Ingestion.Html;

/// <summary>Which HTML elements are page chrome rather than article: by tag, by ARIA role, by class or id words.</summary>
internal static partial class ChromeRules
{
    public static readonly HashSet<string> ChromeTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "figcaption",
        "template", "button", "select", "textarea", "object", "embed", "canvas", "video", "audio", "map", "dialog",
        "head",
    };

    private static readonly HashSet<string> ChromeRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    };

    /// <summary>Words of a class or id (split at spaces, '-' and '_') that mark chrome.</summary>
    private static readonly HashSet<string> ChromeWords = Lexicon.WordSet("Ingestion/chrome-class-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Prefixes of a class or id word that mark chrome ("shareButtons", "advertising", "cookiebanner").</summary>
    private static readonly string[] ChromePrefixes =
        [.. Lexicon.Words("Ingestion/chrome-class-prefixes.txt")];

    /// <summary>Elements never removed for their class or id: they hold (or are) the page itself.</summary>
    private static readonly HashSet<string> Protected = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    public static bool IsChromeByTag(IElement e) => ChromeTags.Contains(e.LocalName)
        || e.HasAttribute("hidden")
        || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (e.GetAttribute("role") is string role && ChromeRoles.Contains(role.Trim()))
        || (e.GetAttribute("style") is string style && HiddenStyle().IsMatch(style));

    public static bool IsChromeByName(IElement e)
    {
        if (Protected.Contains(e.LocalName))
        {
            return false;
        }

        return HasChromeWord(e.GetAttribute("class")) || HasChromeWord(e.Id);
    }

    private static bool HasChromeWord(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (string word in WordSplit().Split(names))
        {
            if (word.Length == 0)
            {
                continue;
            }

            if (ChromeWords.Contains(word))
            {
                return true;
            }

            foreach (string prefix in ChromePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"[\s_\-]+")]
    private static partial Regex WordSplit();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
