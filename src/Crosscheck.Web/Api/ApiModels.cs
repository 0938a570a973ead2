using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Api;

// The records the JSON API returns (snake_case, like report.json) and the pages render. Each finding
// carries `href`: the document view scrolled to it. Documents are named by `doc` (the file, as in
// report.json) and `doc_number` (#1, #2, … in the workspace).

/// <summary>Findings of one kind per document or in the whole case.</summary>
public sealed record FindingCounts(int Quotes, int Numbers, int Dates, int Entities, int CitedSources);

/// <summary>A source of the case: its metadata, length, the outside sources it cites and its findings.</summary>
public sealed record DocumentSummary(
    string Id, int Number, string File, string Format, string? Title, string? Author, string? Published, bool PublishedInferred,
    string? Outlet, string? Url, int Words, IReadOnlyList<string> Cites, FindingCounts Counts, string Href)
{
    /// <summary>The reader's name of the document (outlet, title, date); the file name is for links and tooltips only.</summary>
    public string Name { get; init; } = File;
}

/// <summary>The case overview: sources, totals and the headline disagreements.</summary>
public sealed record CaseOverview(
    string GeneratedAt, FindingCounts Totals, int EntityCount, int QuoteGroupCount, int NumberGroupCount, int TimelineCount, int HypothesisCount,
    IReadOnlyList<DocumentSummary> Sources, Headlines Headlines, IReadOnlyList<ReportProblem> Problems);

public sealed record Headlines(IReadOnlyList<NumberHeadline> Numbers, IReadOnlyList<QuoteHeadline> Quotes, IReadOnlyList<HypothesisHeadline> Hypotheses);

/// <summary>A number group in conflict or rising: "at least 60 → more than 140 (…)".</summary>
public sealed record NumberHeadline(int Index, string Label, string Verdict, string Story, IReadOnlyList<int> DocNumbers, string Href);

/// <summary>A statement quoted in different words by several sources.</summary>
public sealed record QuoteHeadline(string Group, string? Speaker, int Variants, IReadOnlyList<int> DocNumbers, string FirstText, string Href);

/// <summary>A hypothesis some sources support and others reject.</summary>
public sealed record HypothesisHeadline(string Id, string Text, int Supports, int Rejects, string Href);

/// <summary>A document with its cleaned text and every highlight (ids are the anchors of finding links).</summary>
public sealed record DocumentDetail(DocumentSummary Summary, string? Subtitle, int BodyStart, string Text, IReadOnlyList<Highlight> Highlights, string? PreviousHref, string? NextHref);

/// <summary>Search results; each snippet's matches are given as character ranges into it.</summary>
public sealed record SearchResults(string Query, string? Doc, string? Entity, string? Kind, IReadOnlyList<SearchHitView> Hits);

public sealed record SearchHitView(string Doc, int DocNumber, string? Title, string Kind, string Snippet, IReadOnlyList<TextRange> Marks, string Href)
{
    /// <summary>The reader's name of the document (outlet, title, date).</summary>
    public string Name { get; init; } = Title ?? Doc;
}

public sealed record TextRange(int Start, int End);

/// <summary>Text pasted into the case: stored as a .txt input, its title on the first line.</summary>
public sealed record PastedText(string? Title, string Text);

/// <summary>A link to fetch and add as an input.</summary>
public sealed record LinkRequest(string? Url);

public sealed record UploadAccepted(IReadOnlyList<string> Saved, JobStatus Job);

public sealed record ApiError(string Error);
