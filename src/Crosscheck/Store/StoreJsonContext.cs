using System.Text.Json.Serialization;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Store;

/// <summary>JSON of the store's payload columns: the report's own records, spelled as in report.json.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ReportQuote))]
[JsonSerializable(typeof(ReportNumber))]
[JsonSerializable(typeof(ReportDate))]
[JsonSerializable(typeof(ReportEntityMention))]
[JsonSerializable(typeof(ReportCitedSource))]
[JsonSerializable(typeof(ReportQuoteGroup))]
[JsonSerializable(typeof(ReportNumberFinding))]
[JsonSerializable(typeof(ReportTimelineEntry))]
[JsonSerializable(typeof(ReportEntity))]
[JsonSerializable(typeof(ReportClaimStance))]
[JsonSerializable(typeof(ReportAttribution))]
[JsonSerializable(typeof(ReportHypothesis))]
[JsonSerializable(typeof(ReportStance))]
[JsonSerializable(typeof(ReportAch))]
[JsonSerializable(typeof(IReadOnlyList<ReportProblem>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
