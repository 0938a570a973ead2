namespace Crosscheck.Reporting;

/// <summary>A one-line count of the stances toward one claim, in label order: "2 agree · 1 discuss · 2 unrelated".</summary>
public static class ClaimTally
{
    public static string Of(IEnumerable<ReportClaimStance> stances) =>
        string.Join(" · ", stances.GroupBy(s => s.Stance).OrderBy(g => Order(g.Key)).Select(g => $"{g.Count()} {g.Key}"));

    /// <summary>The tally of the authors' stances by the text rules ("3 rejects · 1 supports · 1 absent"), or null when the rules could not read the claim.</summary>
    public static string? OfText(IEnumerable<ReportClaimStance> stances)
    {
        var read = stances.Where(s => s.TextStance is not null).ToList();
        return read.Count == 0 ? null : string.Join(" · ", read.GroupBy(s => s.TextStance!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
    }

    private static int Order(string stance) => stance switch
    {
        "agree" => 0,
        "disagree" => 1,
        "discuss" => 2,
        _ => 3,
    };
}
