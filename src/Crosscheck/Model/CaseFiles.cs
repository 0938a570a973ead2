namespace Crosscheck.Model;

/// <summary>Names of files in a case folder that are not articles: read never takes them as input.</summary>
public static class CaseFiles
{
    /// <summary>The user's edits to a case (hypotheses, entity merges), written beside the articles.</summary>
    public const string CaseFileName = "crosscheck.case.json";

    /// <summary>Hand-checked answers of an evaluation case.</summary>
    public const string GoldFileName = "gold.json";
}
