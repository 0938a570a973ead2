using Crosscheck.Ingestion.Web;
using Crosscheck.Cleaning;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Kinds.Attributions;
using Crosscheck.Kinds.Sources;
using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Kinds.Hypotheses.Ach;
using Crosscheck.Kinds.Hypotheses.Edits;
using Crosscheck.Ingestion;

namespace Crosscheck.Pipeline;

/// <summary>
/// Collects the extractors and set analyzers of a pipeline, in an explicit order, and freezes them
/// with <see cref="Build"/>. <see cref="CreateDefault"/> gives the standard order: entities, dates,
/// cited sources, attributions (learned tagger), quotes (which use entities and attributions), numbers (which use quotes, dates and sources).
/// </summary>
public sealed class AnalysisPipelineBuilder
{
    public List<IExtractor> Extractors { get; } = [];

    public List<ISetAnalyzer> SetAnalyzers { get; } = [];

    /// <summary>How inputs given as links are fetched.</summary>
    public FetchSettings Fetch { get; set; } = FetchSettings.Default;

    /// <summary>How many documents are extracted at once; -1 (the default) for as many as there are cores.</summary>
    public int MaxParallelism { get; set; } = -1;

    /// <param name="options">The user's edits to the hypotheses; none by default.</param>
    public static AnalysisPipelineBuilder CreateDefault(AnalysisOptions? options = null)
    {
        options ??= AnalysisOptions.Default;
        var builder = new AnalysisPipelineBuilder { Fetch = options.Fetch };
        builder.Extractors.AddRange([
            new EntityExtractor(),
            new DateExtractor(),
            new CitedSourceExtractor(),
            new AttributionExtractor(),
            new QuoteExtractor(),
            new NumberExtractor(),
        ]);
        builder.SetAnalyzers.AddRange([
            new EntityIndexBuilder(),
            new QuoteLedger(),
            new NumberComparer(),
            new TimelineBuilder(),
            new HypothesisAnalyzer(),
            new HypothesisEditor(options.Case, new DiscoveryStanceFinder(), options.Warn),
            new AchBuilder(),
        ]);
        return builder;
    }

    /// <summary>Adds the stance of every article toward each of <paramref name="claims"/> (nothing when there are none).</summary>
    public AnalysisPipelineBuilder WithClaims(IReadOnlyList<string> claims)
    {
        if (claims.Count > 0)
        {
            SetAnalyzers.Add(new ClaimStanceAnalyzer(claims));
        }

        return this;
    }

    /// <summary>Inserts <paramref name="extractor"/> just before the first extractor of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder InsertBefore<T>(IExtractor extractor)
        where T : IExtractor
    {
        int index = Extractors.FindIndex(e => e is T);
        Extractors.Insert(index < 0 ? Extractors.Count : index, extractor);
        return this;
    }

    /// <summary>Inserts <paramref name="analyzer"/> just before the first set analyzer of type <typeparamref name="T"/>.</summary>
    public AnalysisPipelineBuilder InsertSetAnalyzerBefore<T>(ISetAnalyzer analyzer)
        where T : ISetAnalyzer
    {
        int index = SetAnalyzers.FindIndex(e => e is T);
        SetAnalyzers.Insert(index < 0 ? SetAnalyzers.Count : index, analyzer);
        return this;
    }

    public AnalysisPipeline Build() => new(new InputReader(Fetch), new DocumentCleaner(), [.. Extractors], [.. SetAnalyzers]) { MaxParallelism = MaxParallelism };
}
