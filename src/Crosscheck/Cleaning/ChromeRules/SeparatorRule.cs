namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>Lines with no letter or digit: "_____", "-----", "*  *  *".</summary>
internal sealed class SeparatorRule : LineChromeRule
{
    public override string Name => "separator";

    protected override bool Matches(CleaningContext context, int i) => context.Lines[i].Key.Length == 0;
}
