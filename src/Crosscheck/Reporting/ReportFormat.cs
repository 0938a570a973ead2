using System.Globalization;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>Small formatting helpers shared by the Markdown, HTML and console renderers.</summary>
public static class ReportFormat
{
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"2024-03-22" or "2024-03-22 (inferred)"; "—" when unknown.</summary>
    public static string Published(string? date, bool inferred) =>
        date is null ? "—" : inferred ? $"{date} (inferred)" : date;

    /// <summary>
    /// The date a document's relative dates were read against: "2024-03-22", or "2014 (inferred: no publication date in
    /// the set: …)" with how it was found; "—" when there is none.
    /// </summary>
    public static string Reference(string? date, bool inferred, string? basis) =>
        date is null ? "—" : !inferred ? date : basis is null ? $"{date} (inferred)" : $"{date} (inferred: {basis})";

    /// <summary>"at least 15", "about 200", "12"; "at least 24 (vague)" for a vague word ("dozens"), whose value is only a lower bound.</summary>
    public static string Qualified(string qualifier, double value, double? high = null, bool vague = false) => (qualifier, high) switch
    {
        (_, { } h) => $"{Number(value)}–{Number(h)}",
        ("exact" or "", _) => Number(value),
        _ => $"{qualifier.Replace('_', ' ')} {Number(value)}",
    } + (vague ? " (vague)" : string.Empty);

    /// <summary>The measure and its event: "killed", "killed (attack, 2021)".</summary>
    public static string MeasureOf(string measure, string? eventName, bool mainEvent) =>
        mainEvent || string.IsNullOrWhiteSpace(eventName) ? measure : $"{measure} ({eventName})";

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with "…".</summary>
    public static string Shorten(string text, int max)
    {
        string flat = text.ReplaceLineEndings(" ");
        return flat.Length <= max ? flat : string.Concat(flat.AsSpan(0, Math.Max(0, max - 1)).TrimEnd(), "…");
    }
}
