using Crosscheck.Reporting.Common;

// The sources part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Sources.Records;

public sealed record ReportCitedSource(string Doc, string Name, string Kind, string Cue, int Start, int End);
