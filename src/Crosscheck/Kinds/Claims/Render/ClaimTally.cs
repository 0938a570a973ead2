using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;

namespace Crosscheck.Kinds.Claims.Render;

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
