namespace Crosscheck.Lab.Bench;

/// <summary>What <c>crosscheck bench</c> runs: how many synthetic documents, from which texts, and what it writes.</summary>
public sealed record BenchOptions
{
    public int Documents { get; init; } = 1000;

    /// <summary>The seed of the synthetic corpus: the same seed and texts give the same documents.</summary>
    public int Seed { get; init; } = 16;

    /// <summary>How many of the documents are analyzed again on one thread (after the full run, so warm).</summary>
    public int SingleThreadDocuments { get; init; } = 200;

    public string FncBodies { get; init; } = "../shared/data/fnc1/train_bodies.csv";

    public string PolnearTexts { get; init; } = "../shared/data/polnear/train/text";

    /// <summary>Where the reports and the store are written; a temporary folder, deleted after the run, when null.</summary>
    public string? OutDir { get; init; }

    /// <summary>When set, the synthetic documents are also written there as JSON Lines, for <c>crosscheck analyze</c>.</summary>
    public string? CorpusFile { get; init; }

    /// <summary>False to leave out the store (SQLite) step.</summary>
    public bool Store { get; init; } = true;
}
