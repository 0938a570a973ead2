namespace Crosscheck.Tests;

/// <summary>Paths of the repository and of the shared sample data, found from the test binary.</summary>
public static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the repository (../shared), holding the corpus and data sets.</summary>
    public static string Shared { get; } = FindShared();

    public static string SampleCase => Path.Combine(Shared, "corpus", "crocus");

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Crosscheck.slnx")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("cannot find the repository root (Crosscheck.slnx)");
    }

    private static string FindShared()
    {
        foreach (string candidate in new[] { Path.Combine(RepoRoot, "..", "shared"), Path.Combine(RepoRoot, "..", "..", "shared"), "/work/shared" })
        {
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return Path.GetFullPath(candidate);
            }
        }

        throw new InvalidOperationException("cannot find the shared data folder (../shared) beside the repository");
    }
}
