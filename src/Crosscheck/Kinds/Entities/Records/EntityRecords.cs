using Crosscheck.Reporting.Common;

// The entities part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Entities.Records;

public sealed record ReportEntity(string Id, string Name, string Type, IReadOnlyList<string> Aliases, IReadOnlyDictionary<string, int> MentionsPerDoc);

public sealed record ReportEntityMention(string Doc, string Entity, string Text, int Start, int End);
