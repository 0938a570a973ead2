namespace Crosscheck.Store;

/// <summary>What the store records about one analysis run besides its report.</summary>
/// <param name="Id">Unique id of the run (e.g. "20240328T101500Z-1a2b3c").</param>
/// <param name="StartedAt">When the run started.</param>
/// <param name="FinishedAt">When the analysis finished.</param>
/// <param name="Inputs">The paths given on the command line.</param>
public sealed record RunInfo(string Id, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<string> Inputs)
{
    /// <summary>A run with a fresh id made of the start time and a random suffix.</summary>
    public static RunInfo Create(DateTimeOffset startedAt, DateTimeOffset finishedAt, IReadOnlyList<string> inputs) =>
        new($"{startedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}-{Guid.NewGuid().ToString("N")[..6]}", startedAt, finishedAt, inputs);
}
