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

/// <summary>A finding to highlight in a document view: its characters, kind, anchor id and tooltip.</summary>
/// <param name="Kind">entity, quote, number, date or cited_source (becomes the CSS class h-&lt;kind&gt;).</param>
/// <param name="Id">The anchor id ("d3-f17"), unique in the page.</param>
/// <param name="Title">Tooltip text, or null.</param>
public sealed record Highlight(int Start, int End, string Kind, string Id, string? Title);
