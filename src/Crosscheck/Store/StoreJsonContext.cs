using System.Text.Json.Serialization;
using Crosscheck.Reporting;

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
[JsonSerializable(typeof(ReportHypothesis))]
[JsonSerializable(typeof(ReportStance))]
[JsonSerializable(typeof(ReportAch))]
[JsonSerializable(typeof(IReadOnlyList<ReportProblem>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
