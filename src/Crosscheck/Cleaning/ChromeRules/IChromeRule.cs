namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>A rule that marks lines of a document as site chrome.</summary>
internal interface IChromeRule
{
    void Apply(CleaningContext context);
}
