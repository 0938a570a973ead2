using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>What a format reader made of one file: its articles, and a problem for each part it could not use.</summary>
internal sealed record FormatResult(IReadOnlyList<ReadItem> Items, IReadOnlyList<InputProblem> Problems)
{
    public static FormatResult Of(ReadItem item) => new([item], []);

    public static FormatResult Failed(string file, string reason) => new([], [new InputProblem(file, reason)]);
}
