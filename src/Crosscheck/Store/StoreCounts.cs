namespace Crosscheck.Store;

/// <summary>Row counts of the store's main tables.</summary>
public sealed record StoreCounts(long Runs, long Documents, long Findings, long SetFindings);
