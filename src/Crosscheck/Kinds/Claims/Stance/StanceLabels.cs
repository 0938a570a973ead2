namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>The FNC-1 spelling of the stance labels ("agree", "disagree", "discuss", "unrelated").</summary>
public static class StanceLabels
{
    public static readonly StanceLabel[] All = [StanceLabel.Agree, StanceLabel.Disagree, StanceLabel.Discuss, StanceLabel.Unrelated];

    public static string Name(StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        StanceLabel.Discuss => "discuss",
        _ => "unrelated",
    };

    /// <summary>The label of an FNC-1 name (case ignored), or null when it is none of the four.</summary>
    public static StanceLabel? Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "agree" => StanceLabel.Agree,
        "disagree" => StanceLabel.Disagree,
        "discuss" => StanceLabel.Discuss,
        "unrelated" => StanceLabel.Unrelated,
        _ => null,
    };
}
