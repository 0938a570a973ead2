using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Kinds.Hypotheses;

// The hypotheses records of the JSON API (snake_case, like report.json); each finding carries `href`.

public sealed record HypothesesView(IReadOnlyList<ReportHypothesis> Hypotheses, IReadOnlyList<StanceView> Stances, AchView? Ach, IReadOnlyList<ClaimStanceView> ClaimStances);

public sealed record StanceView(ReportStance Stance, int DocNumber, string? Href);

public sealed record AchView(IReadOnlyList<string> Hypotheses, IReadOnlyList<AchRowView> Rows, IReadOnlyList<ReportAchScore> Scores)
{
    /// <summary>Each hypothesis's evidence and whether there is enough of it to weigh (<c>AchReading</c>).</summary>
    public IReadOnlyList<AchStanding> Standings { get; init; } = [];

    /// <summary>Which hypothesis the evidence favours and why, in one sentence.</summary>
    public string Verdict { get; init; } = string.Empty;
}

public sealed record AchRowView(ReportAchRow Row, int DocNumber, string Href);

public sealed record ClaimStanceView(ReportClaimStance ClaimStance, int DocNumber, string? Href);
