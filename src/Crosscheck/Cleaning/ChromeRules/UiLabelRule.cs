namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>Short interface labels standing alone: "Paid", "READ IN APP", "- Advertisement -".</summary>
internal sealed class UiLabelRule : LineChromeRule
{
    public override string Name => "interface label";

    protected override bool Matches(CleaningContext context, int i)
    {
        SourceLine line = context.Lines[i];
        return line.Words <= 6 && CleaningLexicon.UiLabels.Contains(line.Key);
    }
}
