using Crosscheck.Reporting.Common;

// The dates part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Dates.Records;

public sealed record ReportDate(string Doc, string Text, string? Value, string Kind, bool Inferred, string? Event, int Start, int End);

public sealed record ReportTimelineEntry(string Date, string Description, IReadOnlyList<ReportDateRef> Sources);

public sealed record ReportDateRef(string Doc, string Text, int Start, int End);
