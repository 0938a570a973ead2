using System.Text;

namespace Crosscheck.Web.Workspace;

/// <summary>
/// The folder of the case's input files. Every name written here is made from scratch
/// (<see cref="SafeName"/>): a client's path never reaches the file system, and every path is checked
/// to stay inside the folder. Uploads are staged in ".staging" (hidden, so the reader skips it) and
/// moved in only once they read.
/// </summary>
public sealed class DataFolder(string root)
{
    private const int MaxNameLength = 80;

    public string Root { get; } = Path.GetFullPath(root);

    private string Staging => Path.Combine(Root, ".staging");

    /// <summary>True when the folder holds at least one input file.</summary>
    public bool HasFiles => Directory.Exists(Root) && Files().Any();

    /// <summary>The input files, relative to the folder.</summary>
    public IEnumerable<string> Files() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Root, f))
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(s => s.StartsWith('.')))
                .Order(StringComparer.Ordinal)
            : [];

    /// <summary>
    /// A file name safe to create: the last segment of the client's name (either slash), letters, digits,
    /// '.', '-' and '_' only, no leading dot, at most 80 characters, extension kept; "upload" when nothing is left.
    /// </summary>
    public static string SafeName(string? clientName)
    {
        string name = (clientName ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var safe = new StringBuilder(name.Length);
        foreach (char c in name.Normalize(NormalizationForm.FormKC))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        string s = safe.ToString().Trim('.', '-');
        while (s.Contains("..", StringComparison.Ordinal))
        {
            s = s.Replace("..", ".", StringComparison.Ordinal);
        }

        if (s.Length > MaxNameLength)
        {
            string ext = Path.GetExtension(s);
            ext = ext.Length > 10 ? string.Empty : ext;
            s = s[..(MaxNameLength - ext.Length)] + ext;
        }

        return s.Length == 0 ? "upload" : s;
    }

    /// <summary>Writes <paramref name="content"/> to a staging file; null when it is longer than <paramref name="maxBytes"/> (nothing is kept then).</summary>
    public async Task<string?> StageAsync(Stream content, string clientName, long maxBytes, CancellationToken cancel)
    {
        Directory.CreateDirectory(Staging);
        string path = Inside(Path.Combine(Staging, $"{Guid.NewGuid():N}-{SafeName(clientName)}"));
        bool ok = false;
        try
        {
            await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                var buffer = new byte[81920];
                long total = 0;
                int n;
                while ((n = await content.ReadAsync(buffer, cancel)) > 0)
                {
                    total += n;
                    if (total > maxBytes)
                    {
                        return null;
                    }

                    await file.WriteAsync(buffer.AsMemory(0, n), cancel);
                }
            }

            ok = true;
            return path;
        }
        finally
        {
            if (!ok)
            {
                File.Delete(path);
            }
        }
    }

    /// <summary>Moves a staged file into the folder under <paramref name="clientName"/> made safe (numbered if taken); returns its name.</summary>
    public string Commit(string stagedPath, string clientName)
    {
        string name = SafeName(clientName);
        string stem = Path.GetFileNameWithoutExtension(name), ext = Path.GetExtension(name);
        string target = Inside(Path.Combine(Root, name));
        for (int i = 2; File.Exists(target); i++)
        {
            target = Inside(Path.Combine(Root, $"{stem}-{i}{ext}"));
        }

        File.Move(Inside(stagedPath), target);
        return Path.GetFileName(target);
    }

    /// <summary>Removes a staged file.</summary>
    public void Discard(string stagedPath) => File.Delete(Inside(stagedPath));

    /// <summary>Writes a pasted text as a new .txt input (its title on the first line); returns the file name.</summary>
    public async Task<string> AddTextAsync(string? title, string text, DateTimeOffset now, CancellationToken cancel)
    {
        string slug = SafeName(string.IsNullOrWhiteSpace(title) ? "pasted" : title.Trim().ToLowerInvariant());
        slug = slug.Length > 40 ? slug[..40].TrimEnd('-', '.') : slug;
        string content = string.IsNullOrWhiteSpace(title) ? text : $"{title.Trim()}\n\n{text}";
        Directory.CreateDirectory(Staging);
        string staged = Inside(Path.Combine(Staging, $"{Guid.NewGuid():N}.txt"));
        await File.WriteAllTextAsync(staged, content, new UTF8Encoding(false), cancel);
        return Commit(staged, $"pasted-{now.UtcDateTime:yyyyMMdd-HHmmss}-{slug}.txt");
    }

    /// <summary>
    /// Fills an empty folder with a case: the files and folders given are copied (a folder's files keep
    /// their paths inside it, so documents keep their names).
    /// </summary>
    public void CopyFrom(IEnumerable<string> inputs)
    {
        Directory.CreateDirectory(Root);
        foreach (string input in inputs)
        {
            if (File.Exists(input))
            {
                File.Copy(input, Inside(Path.Combine(Root, SafeName(Path.GetFileName(input)))), overwrite: true);
            }
            else if (Directory.Exists(input))
            {
                foreach (string file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
                {
                    string relative = Path.GetRelativePath(input, file);
                    string[] parts = [.. relative.Split(Path.DirectorySeparatorChar).Select(SafeName)];
                    string target = Inside(Path.Combine([Root, .. parts]));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target, overwrite: true);
                }
            }
        }
    }

    /// <summary>Writes stored document texts as .txt inputs (when the original files are gone).</summary>
    public void WriteTexts(IEnumerable<(string File, string Text)> documents)
    {
        Directory.CreateDirectory(Root);
        foreach ((string file, string text) in documents)
        {
            string name = SafeName(file.Replace('#', '-'));
            if (!name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                name += ".txt";
            }

            File.WriteAllText(Inside(Path.Combine(Root, name)), text, new UTF8Encoding(false));
        }
    }

    /// <summary>The full path, after checking that it lies inside the folder.</summary>
    public string Inside(string path)
    {
        string full = Path.GetFullPath(path);
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing a path outside the data folder: {path}");
        }

        return full;
    }
}
