namespace Crosscheck.Cleaning.ChromeRules;

/// <summary>
/// Newsletter, donation and subscription pitches: a line that addresses the reader ("you", "our",
/// "please") and names two pitch cues (subscribe, newsletter, donate …), or one cue near the top or end.
/// </summary>
internal sealed class PitchRule : LineChromeRule
{
    public override string Name => "pitch";

    protected override bool Matches(CleaningContext context, int i) => IsPitch(context, i, nearEdgeOnly: false);

    /// <summary>True when line i reads as a pitch; with <paramref name="nearEdgeOnly"/>, one cue suffices.</summary>
    public static bool IsPitch(CleaningContext context, int i, bool nearEdgeOnly)
    {
        SourceLine line = context.Lines[i];
        if (line.Words > 120)
        {
            return false;
        }

        int cues = LineShape.CountPhrases(line.Key, CleaningLexicon.PitchCues);
        if (cues == 0)
        {
            return false;
        }

        bool addresses = line.Key.Split(' ').Any(CleaningLexicon.PitchAddress.Contains);
        return nearEdgeOnly
            ? addresses || line.Words <= 12
            : addresses && (cues >= 2 || context.NearEdge(i, 3, 5));
    }
}
