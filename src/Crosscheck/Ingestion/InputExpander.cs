using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>
/// Expands the paths given to the files to read: a file as itself (named by its file name), a folder
/// recursively in ordinal order of relative path (named relative to the folder), skipping hidden
/// files and folders, gold.json answer files and crosscheck.case.json case files (the user's edits, not an article).
/// </summary>
internal static class InputExpander
{
    private static readonly EnumerationOptions Flat = new()
    {
        RecurseSubdirectories = false,
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
            files = [.. Walk(path, problems)
                .Where(x => !IsSkipped(x.Name))
                .OrderBy(x => x.Name, StringComparer.Ordinal)];
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

    /// <summary>
    /// The files under <paramref name="root"/>, each real folder entered once: a link to a folder already entered (a
    /// cycle, or a second way to the same folder) is not entered again, so no folder of links can make the walk endless.
    /// </summary>
    private static List<(string Path, string Name)> Walk(string root, List<InputProblem> problems)
    {
        var files = new List<(string, string)>();
        var entered = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) };
        var pending = new Queue<string>(); // breadth first, names in order: the shortest, first-named way to a folder wins
        pending.Enqueue(root);
        while (pending.Count > 0)
        {
            string dir = pending.Dequeue();
            IEnumerable<string> entries;
            try
            {
                entries = [.. Directory.EnumerateFileSystemEntries(dir, "*", Flat).Order(StringComparer.Ordinal)];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException && dir != root)
            {
                problems.Add(new InputProblem(Path.GetRelativePath(root, dir).Replace('\\', '/'), $"cannot list folder: {e.Message}"));
                continue;
            }

            foreach (string entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    if (entered.Add(RealPath(entry)))
                    {
                        pending.Enqueue(entry);
                    }
                }
                else if (File.Exists(entry))
                {
                    files.Add((entry, Path.GetRelativePath(root, entry).Replace('\\', '/')));
                }
            }
        }

        return files;
    }

    /// <summary>The path with every link along it resolved (a bounded number of times, so a loop of links ends).</summary>
    private static string RealPath(string path)
    {
        string full = Path.GetFullPath(path);
        for (int round = 0; round < 40; round++)
        {
            string? changed = null;
            string prefix = Path.GetPathRoot(full) ?? "/";
            foreach (string part in full[prefix.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                string next = Path.Combine(prefix, part);
                FileSystemInfo info = new DirectoryInfo(next);
                if (info.LinkTarget is not null)
                {
                    FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
                    if (target is null)
                    {
                        return full; // a broken link: the path as written
                    }

                    changed = Path.GetFullPath(Path.Combine(target.FullName, Path.GetRelativePath(next, full)));
                    break;
                }

                prefix = next;
            }

            if (changed is null)
            {
                return full;
            }

            full = changed;
        }

        return full;
    }

    private static bool IsSkipped(string relative)
    {
        string[] segments = relative.Split('/');
        return segments.Any(s => s.StartsWith('.'))
            || segments[^1].Equals(CaseFiles.GoldFileName, StringComparison.OrdinalIgnoreCase)
            || segments[^1].Equals(CaseFiles.CaseFileName, StringComparison.OrdinalIgnoreCase);
    }
}
