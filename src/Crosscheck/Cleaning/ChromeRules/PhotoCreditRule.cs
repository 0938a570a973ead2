using System.Text.RegularExpressions;

namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// Photo credits and captions carrying one: "(Photo by X/AFP via Getty Images)", "Featured Photo: …",
/// "Getty Images", "Rescuers at the site. (Photo: AP)".
/// </summary>
internal sealed partial class PhotoCreditRule : LineChromeRule
{
    public const string Reason = "photo credit";

    public override string Name => Reason;

    protected override bool Matches(CleaningContext context, int i) => IsCredit(context.Lines[i]);

    public static bool IsCredit(SourceLine line)
    {
        if (line.Words > 40)
        {
            return false;
        }

        string text = line.Text;
        if (CreditStart().IsMatch(text))
        {
            return line.Words <= 25;
        }

        if (line.Words <= 15 && AgencyCredit().IsMatch(text))
        {
            return true;
        }

        if (line.Words <= 15 && text.StartsWith('(') && text.EndsWith(')') && CreditWord().IsMatch(text))
        {
            return true;
        }

        return TrailingCredit().IsMatch(text) || (line.Words <= 30 && TrailingLabelCredit().IsMatch(text));
    }

    [GeneratedRegex(@"^[\(\[]?\s*(?:(?:featured|top|header|cover|lead|main)\s+)?(?:photo|image|picture|photograph|pic|graphic|illustration|photo\s+illustration)s?(?:\s+credits?)?\s*(?:by\b|:|courtesy\b|credit\b|via\b|©)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditStart();

    [GeneratedRegex(@"getty\s+images|shutterstock|\bap\s+photo\b|\bafp\s+photo\b|via\s+getty|\bafp\s+via\b|\breuters/|/reuters\b|/afp\b|/ap\b|\bepa-efe\b|\balamy\b|\bistock\b|\bphoto\s+credit\b|\bimage\s+credit\b|^credits?\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyCredit();

    [GeneratedRegex(@"\b(?:photo|image|picture|credit|getty|afp|reuters|ap)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditWord();

    [GeneratedRegex(@"(?:^|[.|–—-]\s*)(?i:photos?|images?|pictures?)\s*:\s*[A-Z@]\S*(?:\s+\S+){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLabelCredit();

    [GeneratedRegex(@"[\(\[]\s*(?:photo|image|picture|credit)s?\b[^\)\]]*[\)\]]\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingCredit();
}
