namespace Crosscheck.Store;

/// <summary>The values of the <c>kind</c> columns of the store.</summary>
public static class FindingKinds
{
    public const string Document = "document";
    public const string Entity = "entity";
    public const string Quote = "quote";
    public const string Number = "number";
    public const string Date = "date";
    public const string CitedSource = "cited_source";

    public const string QuoteGroup = "quote_group";
    public const string NumberFinding = "number_finding";
    public const string Timeline = "timeline";
    public const string ClaimStance = "claim_stance";

    /// <summary>Attributions of the learned tagger (source, cue, content), kept per run like the set findings.</summary>
    public const string Attribution = "attribution";

    public const string Hypothesis = "hypothesis";
    public const string Stance = "stance";

    /// <summary>The ACH matrix: one row per run (the whole matrix).</summary>
    public const string Ach = "ach";
}
