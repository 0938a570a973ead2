namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>A chrome rule that judges each remaining body line on its own.</summary>
internal abstract class LineChromeRule : IChromeRule
{
    /// <summary>The reason recorded on the lines this rule removes.</summary>
    public abstract string Name { get; }

    public void Apply(CleaningContext context)
    {
        for (int i = 0; i < context.Lines.Count; i++)
        {
            if (context.IsBody(i) && Matches(context, i))
            {
                context.Mark(i, LineRole.Chrome, Name);
            }
        }
    }

    protected abstract bool Matches(CleaningContext context, int i);
}
