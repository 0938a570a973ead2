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

namespace Crosscheck.Web.Kinds.Quotes;

// The quotes records of the JSON API (snake_case, like report.json); each finding carries `href`.

public sealed record QuoteLedger(IReadOnlyList<QuoteGroupView> Groups, IReadOnlyList<QuoteView> Quotes);

/// <summary>A statement quoted by several documents; the first variant is the reference of the diffs.</summary>
public sealed record QuoteGroupView(string Id, string? Speaker, bool Reworded, IReadOnlyList<QuoteVariantView> Variants);

/// <param name="Diff">The words against the reference (null for the reference itself, or a text too long to diff).</param>
/// <param name="ChangedWords">For the reference: indexes of its words that another variant leaves out.</param>
public sealed record QuoteVariantView(string Doc, int DocNumber, string DocTitle, string Text, int Start, int End, string Href,
    IReadOnlyList<DiffWord>? Diff, IReadOnlyList<int> ChangedWords);

public sealed record QuoteView(ReportQuote Quote, int DocNumber, string Href);
