using Crosscheck.Reporting.Common;

// The quotes part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Quotes.Records;

public sealed record ReportQuote(
    string Doc,
    string? Speaker,
    string Text,
    string Kind,
    string? Group,
    string? Cue,
    int Start,
    int End,
    int? SpeakerStart,
    int? SpeakerEnd);

public sealed record ReportQuoteGroup(string Id, string? Speaker, IReadOnlyList<ReportQuoteVariant> Variants);

public sealed record ReportQuoteVariant(string Doc, string Text, int Start, int End);
