using System.Text;

namespace Crosscheck.Tests.Ingestion;

/// <summary>A temporary folder for one test's input files, deleted afterwards.</summary>
public sealed class IngestionTempFolder : IDisposable
{
    public IngestionTempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crosscheck-ingest-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string text) => WriteBytes(name, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string name, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Leftovers in /tmp are harmless.
        }
    }
}
