namespace Crosscheck.Cli;

/// <summary>Writes a command's output file (its folder made first), or says on stderr why it cannot.</summary>
internal static class OutputFile
{
    /// <summary>Runs <paramref name="write"/> on a new file at <paramref name="path"/>; false (and a message naming the file) when it cannot be written.</summary>
    public static bool TryWrite(string path, Action<Stream> write, TextWriter stderr)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            using FileStream stream = File.Create(path);
            write(stream);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: cannot write {path}: {ex.Message}");
            return false;
        }
    }
}
