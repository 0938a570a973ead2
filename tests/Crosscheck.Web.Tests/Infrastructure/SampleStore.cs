using Crosscheck.Web.Workspace;
using Xunit;

[assembly: AssemblyFixture(typeof(Crosscheck.Web.Tests.Infrastructure.SampleStore))]

namespace Crosscheck.Web.Tests.Infrastructure;

/// <summary>
/// The sample case analyzed once, as <c>crosscheck serve --case</c> does it (inputs copied into the data
/// folder beside the store, then analyzed). Tests that change the case work on a copy (<see cref="Copy"/>).
/// </summary>
public sealed class SampleStore : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("crosscheck-web-tests-").FullName;

    public SampleStore()
    {
        Settings = WorkspaceSettings.ForDb(Path.Combine(_root, "sample", "crosscheck.db"));
        using var workspace = new CaseWorkspace(Settings);
        workspace.Data.CopyFrom([Crosscheck.Tests.TestPaths.SampleCase]);
        JobStatus job = workspace.AnalyzeNow();
        if (job.State != "done")
        {
            throw new InvalidOperationException($"the sample case did not analyze: {job.Message}");
        }
    }

    /// <summary>The shared sample store: read it, never change it.</summary>
    public WorkspaceSettings Settings { get; }

    /// <summary>A private copy of the sample store and its data folder, for a test that changes the case.</summary>
    public WorkspaceSettings Copy()
    {
        string dir = Path.Combine(_root, "copy-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        foreach (string suffix in (string[])["", "-wal"])
        {
            if (File.Exists(Settings.DbPath + suffix))
            {
                File.Copy(Settings.DbPath + suffix, Path.Combine(dir, "crosscheck.db" + suffix));
            }
        }

        WorkspaceSettings copy = WorkspaceSettings.ForDb(Path.Combine(dir, "crosscheck.db"));
        new DataFolder(copy.DataFolder).CopyFrom([Settings.DataFolder]);
        return copy;
    }

    /// <summary>A new empty folder under the fixture's temporary root.</summary>
    public string NewFolder(string name)
    {
        string dir = Path.Combine(_root, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a browser or server still closing: the temp folder is left for the system to clean
        }
    }
}
