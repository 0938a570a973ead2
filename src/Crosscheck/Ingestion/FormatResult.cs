using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>What a format reader made of one file: its articles, and a problem for each part it could not use.</summary>
internal sealed record FormatResult(IReadOnlyList<ReadItem> Items, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Files carried inside this one (a mail's attachments), read in turn as files of their own.</summary>
    public IReadOnlyList<InputFile> Embedded { get; init; } = [];

    /// <summary>What was done or left out while reading a file that was read all the same (an attachment not read).</summary>
    public IReadOnlyList<InputProblem> Notes { get; init; } = [];

    public static FormatResult Of(ReadItem item) => new([item], []);

    public static FormatResult Failed(string file, string reason) => new([], [new InputProblem(file, reason)]);
}
