namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>Menus and breadcrumbs: four or more short items joined by "|", "»", "›" or "&gt;".</summary>
internal sealed class NavigationMenuRule : LineChromeRule
{
    private static readonly char[] Separators = ['|', '»', '›', '>'];

    public override string Name => "navigation menu";

    protected override bool Matches(CleaningContext context, int i)
    {
        SourceLine line = context.Lines[i];
        string[] items = line.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return items.Length >= 4
            && items.All(s => LineShape.WordCount(s) <= 4)
            && !items.Any(s => s.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            && Metadata.DatelineFinder.Find(line.Text) is null;
    }
}
