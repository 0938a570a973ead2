using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>
/// The timeline as TimelineJS JSON: one event per timeline entry, its start date at the precision known, its text each
/// source sentence with a link to it (in report.html or the workspace). Dates that could not be placed on the calendar
/// are left out and counted on the title slide.
/// </summary>
public static partial class TimelineJsExport
{
    private const int HeadlineLength = 120;

    public static string Write(ExportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var events = new List<TimelineJsEvent>();
        int unplaced = c.Report.Dates.Count(d => d.Value is null);
        foreach (ReportTimelineEntry t in c.Report.Timeline)
        {
            if (Date(t.Date) is { } date)
            {
                events.Add(new TimelineJsEvent(date, new TimelineJsText(ReportFormat.Shorten(t.Description, HeadlineLength), Sources(c, t)),
                    ExportIds.Of("event", t.Date, t.Description)));
            }
            else
            {
                unplaced += t.Sources.Count;
            }
        }

        string about = $"<p>{Plural(events.Count, "dated event")} in {Plural(c.Report.Documents.Count, "article")}, as Crosscheck read them; "
            + "each event gives the sentences that date it, linked to their place in the text.</p>";
        string examples = string.Join(", ", c.Report.Dates.Where(d => d.Value is null).Select(d => d.Text).Distinct(StringComparer.OrdinalIgnoreCase).Take(3)
            .Select(t => $"“{WebUtility.HtmlEncode(t)}”"));
        string note = unplaced > 0
            ? $"<p>{Plural(unplaced, "date")} in the texts could not be placed on the calendar{(examples.Length > 0 ? $" ({examples})" : string.Empty)} and {(unplaced == 1 ? "is" : "are")} not on this timeline.</p>"
            : string.Empty;
        var timeline = new TimelineJsDocument(new TimelineJsSlide(new TimelineJsText("Timeline", about + note)), events);
        return ExportJsonContext.Indented(timeline, j => j.TimelineJsDocument);
    }

    /// <summary>"2024", "2024-03", "2024-03-22" as a TimelineJS date; null for anything else (a season, a decade, a week).</summary>
    public static TimelineJsDate? Date(string iso)
    {
        Match m = IsoDate().Match(iso ?? string.Empty);
        if (!m.Success)
        {
            return null;
        }

        int? Part(int group) => m.Groups[group].Success ? int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        return new TimelineJsDate(Part(1)!.Value, Part(2), Part(3));
    }

    /// <summary>Each distinct source sentence, quoted, with a link to the date in it named by its document.</summary>
    private static string Sources(ExportCase c, ReportTimelineEntry t) =>
        string.Concat(t.Sources
            .Select(s => (Ref: s, Sentence: c.SentenceAround(s.Doc, s.Start, s.End)))
            .DistinctBy(x => (x.Ref.Doc, x.Sentence))
            .Select(x =>
            {
                string name = WebUtility.HtmlEncode(c.Labels.Text(x.Ref.Doc));
                string link = c.Links.Finding(x.Ref.Doc, "date", x.Ref.Start, x.Ref.End) is { } href
                    ? $"<a href=\"{WebUtility.HtmlEncode(href)}\">{name}</a>"
                    : name;
                string sentence = x.Sentence.Length > 0 ? x.Sentence : x.Ref.Text;
                return $"<p>“{WebUtility.HtmlEncode(sentence)}” — {link}</p>";
            }));

    private static string Plural(int n, string what) => n == 1 ? $"1 {what}" : $"{n.ToString("N0", CultureInfo.InvariantCulture)} {what}s";

    [GeneratedRegex(@"^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
