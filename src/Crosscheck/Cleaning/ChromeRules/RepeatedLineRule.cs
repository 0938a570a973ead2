namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>Short lines that several documents of the set share (see <see cref="RepeatedLineDetector"/>).</summary>
internal sealed class RepeatedLineRule : LineChromeRule
{
    public override string Name => "repeated across documents";

    protected override bool Matches(CleaningContext context, int i) => context.RepeatedKeys.Contains(context.Lines[i].Key);
}
