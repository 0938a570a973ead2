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

namespace Crosscheck.Reporting;

/// <summary>Human labels of the number verdicts as report.json spells them.</summary>
public static class Verdicts
{
    /// <summary>"rising_count" → "rising count"; unknown values are shown with spaces for underscores.</summary>
    public static string Label(string verdict) => verdict switch
    {
        "consistent" => "consistent",
        "rising_count" => "rising count",
        "scope_difference" => "scope difference",
        "conflict" => "conflict",
        "cannot_tell" => "cannot tell",
        _ => verdict.Replace('_', ' '),
    };
}
