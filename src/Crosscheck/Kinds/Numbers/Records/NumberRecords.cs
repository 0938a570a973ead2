using Crosscheck.Reporting.Common;

// The numbers part of the report model (report.json; docs/report-schema.md). The aggregate is Reporting/Report.

namespace Crosscheck.Kinds.Numbers.Records;

public sealed record ReportNumber(
    string Doc,
    string Text,
    double Value,
    string Qualifier,
    string? Measure,
    bool MainEvent,
    string? Event,
    string? Holder,
    string? AsOf,
    bool AsOfInferred,
    bool Vague,
    int Start,
    int End)
{
    /// <summary>The upper end of a range ("20-24"); <see cref="Value"/> is then the lower end. Null for a single value.</summary>
    public double? ValueHigh { get; init; }
}

public sealed record ReportNumberFinding(
    string Event,
    bool MainEvent,
    string Measure,
    IReadOnlyList<ReportNumberValue> Values,
    string Verdict,
    string Explanation);

public sealed record ReportNumberValue(string Doc, string Text, double Value, string Qualifier, string? Holder, string? AsOf, int Start, int End)
{
    /// <summary>The upper end of a range; null for a single value.</summary>
    public double? ValueHigh { get; init; }

    /// <summary>True for a vague word ("scores", "dozens"): <see cref="Value"/> is only its lower bound, never a figure the text gives.</summary>
    public bool Vague { get; init; }
}
