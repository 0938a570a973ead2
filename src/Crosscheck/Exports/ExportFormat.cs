using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>
/// One export format of the analysts' tools: its name on the command line and in the API, the file name and media type
/// of its download, and its writer.
/// </summary>
/// <param name="Label">The format's name for a menu ("GEXF graph (Gephi)").</param>
public sealed record ExportFormat(string Name, string Label, string FileName, string MediaType, string Description, Func<ExportCase, string> Writer)
{
    public static readonly ExportFormat ClaimReview = new(
        "claimreview", "ClaimReview (JSON-LD)", "claimreview.jsonld", "application/ld+json",
        "schema.org ClaimReview (JSON-LD): one review per hypothesis and claim, the sources' stances as appearances", ClaimReviewExport.Write);

    public static readonly ExportFormat FollowTheMoney = new(
        "ftm", "FollowTheMoney entities", "entities.ftm.json", "application/x-ndjson",
        "FollowTheMoney entities, one JSON object a line (Aleph, Datashare, the followthemoney tools)", FtmExport.Write);

    public static readonly ExportFormat Gexf = new(
        "gexf", "GEXF graph (Gephi)", "crosscheck.gexf", "application/xml",
        "GEXF 1.3 graph (Gephi): documents and entities as nodes; mentions, citations and quotes as edges", GexfExport.Write);

    public static readonly ExportFormat TimelineJs = new(
        "timelinejs", "TimelineJS", "timeline.json", "application/json",
        "TimelineJS JSON: the timeline's events with their source sentences", TimelineJsExport.Write);

    /// <summary>Every format, in the order menus list them.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } = [ClaimReview, FollowTheMoney, Gexf, TimelineJs];

    /// <summary>"claimreview, ftm, gexf, timelinejs".</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));

    /// <summary>The format of that name (case-insensitive), or null.</summary>
    public static ExportFormat? Find(string? name) => All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The export of <paramref name="report"/> in this format, linking each finding with <paramref name="links"/>.</summary>
    public string Write(Report report, IExportLinks links) => Writer(new ExportCase(report, links));
}
