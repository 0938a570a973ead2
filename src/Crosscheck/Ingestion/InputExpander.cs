using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>
/// Expands the paths given to the files to read: a file as itself (named by its file name), a folder
/// recursively in ordinal order of relative path (named relative to the folder), skipping hidden
/// files and folders, gold.json answer files and crosscheck.case.json case files (the user's edits, not an article).
/// </summary>
internal static class InputExpander
{
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static IReadOnlyList<(string Path, string Name)> Expand(string path, List<InputProblem> problems)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }

        if (!Directory.Exists(path))
        {
            problems.Add(new InputProblem(path, "no such file or folder"));
            return [];
        }

        List<(string, string)> files;
        try
        {
            files = Directory.EnumerateFiles(path, "*", Recursive)
                .Select(f => (f, Path.GetRelativePath(path, f).Replace('\\', '/')))
                .Where(x => !IsSkipped(x.Item2))
                .OrderBy(x => x.Item2, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new InputProblem(path, $"cannot list folder: {e.Message}"));
            return [];
        }

        if (files.Count == 0)
        {
            problems.Add(new InputProblem(path, "folder holds no file to read"));
        }

        return files;
    }

    private static bool IsSkipped(string relative)
    {
        string[] segments = relative.Split('/');
        return segments.Any(s => s.StartsWith('.'))
            || segments[^1].Equals(CaseFiles.GoldFileName, StringComparison.OrdinalIgnoreCase)
            || segments[^1].Equals(CaseFiles.CaseFileName, StringComparison.OrdinalIgnoreCase);
    }
}
