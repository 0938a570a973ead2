using System.Globalization;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Reporting;

/// <summary>Small formatting helpers shared by the Markdown, HTML and console renderers.</summary>
public static class ReportFormat
{
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"22 Mar 2024" or "22 Mar 2024 (inferred)" from the report's "2024-03-22"; "—" when unknown.</summary>
    public static string Published(string? date, bool inferred) =>
        DocumentNames.ReadableDate(date) is not { } d ? "—" : inferred ? $"{d} (inferred)" : d;

    /// <summary>
    /// A time as a reader writes it: "6 Dec 2026, 04:44 UTC" from the report's round-trip form
    /// ("2026-12-06T04:44:32.1325943+00:00"); a text that is no time is returned as it is.
    /// </summary>
    public static string When(string? roundTrip)
    {
        if (string.IsNullOrWhiteSpace(roundTrip))
        {
            return string.Empty;
        }

        return DateTimeOffset.TryParse(roundTrip, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset at)
            ? When(at)
            : roundTrip;
    }

    /// <summary>"6 Dec 2026, 04:44 UTC".</summary>
    public static string When(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The date a document's relative dates were read against: "2024-03-22", or "2014 (inferred: no publication date in
    /// the set: …)" with how it was found; "—" when there is none.
    /// </summary>
    public static string Reference(string? date, bool inferred, string? basis) =>
        (DocumentNames.ReadableDate(date) ?? date) is not { } d ? "—" : !inferred ? d : basis is null ? $"{d} (inferred)" : $"{d} (inferred: {basis})";

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
        return flat.Length <= max ? flat : string.Concat(TextCut.Prefix(flat, Math.Max(0, max - 1)).TrimEnd(), "…");
    }
}
