namespace Crosscheck.Reporting;

/// <summary>A one-line count of the stances toward one claim, in label order: "2 agree · 1 discuss · 2 unrelated".</summary>
public static class ClaimTally
{
    public static string Of(IEnumerable<ReportClaimStance> stances) =>
        string.Join(" · ", stances.GroupBy(s => s.Stance).OrderBy(g => Order(g.Key)).Select(g => $"{g.Count()} {g.Key}"));

    private static int Order(string stance) => stance switch
    {
        "agree" => 0,
        "disagree" => 1,
        "discuss" => 2,
        _ => 3,
    };
}
