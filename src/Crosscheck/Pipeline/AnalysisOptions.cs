using Crosscheck.Ingestion.Web;
using Crosscheck.Kinds.Hypotheses.Edits;

namespace Crosscheck.Pipeline;

/// <summary>What the user asks of a run beyond its inputs: the case file's edits (with <c>--hypothesis</c> added).</summary>
public sealed record AnalysisOptions
{
    public static AnalysisOptions Default { get; } = new();

    /// <summary>The user's edits to the hypotheses.</summary>
    public CaseFile Case { get; init; } = CaseFile.Empty;

    /// <summary>How inputs given as links are fetched (where copies are kept, whether private addresses may be reached).</summary>
    public FetchSettings Fetch { get; init; } = FetchSettings.Default;

    /// <summary>Told of each edit that could not be applied (an id the run does not have, …).</summary>
    public Action<string>? Warn { get; init; }
}
