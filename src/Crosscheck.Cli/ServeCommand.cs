using Crosscheck.Web;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck serve [--db FILE] [--urls URL] [--case FOLDER]: the web workspace over a store. With --case,
/// a store that has no analysis yet gets the folder's files (copied into its data folder) analyzed first.
/// </summary>
public static class ServeCommand
{
    private static readonly HashSet<string> Valued = ["db", "urls", "case"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        error ??= a.Flags.FirstOrDefault(f => f != "allow-private") is { } unknown ? $"unknown option --{unknown}" : null;
        error ??= a.Positional.Count > 0 ? $"serve takes no file names (did you mean --case {a.Positional[0]}?)" : null;
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        if (StoreOption.Read(a, Path.Combine(AnalyzeCommand.DefaultOut, "crosscheck.db"), stderr) is not { } location)
        {
            return ExitCodes.Usage;
        }

        string urls = a.Option("urls") ?? WorkspaceApp.DefaultUrl;
        WorkspaceSettings settings = WorkspaceSettings.ForDb(location.Target) with { AllowPrivateLinks = a.Flags.Contains("allow-private") };
        if (a.Option("case") is { } folder)
        {
            if (!Directory.Exists(folder))
            {
                stderr.WriteLine($"crosscheck: {folder}: no such folder");
                return ExitCodes.Failed;
            }

            if (!Prepare(settings, location, folder, stdout, stderr))
            {
                return ExitCodes.Failed;
            }
        }
        else if (!StoreOption.Exists(location, ": run 'crosscheck analyze FOLDER' first, or give --case FOLDER (or --db FILE|URL)", stderr))
        {
            return ExitCodes.Failed;
        }

        try
        {
            WebApplication app = WorkspaceApp.Create(settings, ["--urls", urls]);
            app.Start();
            stdout.WriteLine($"Crosscheck workspace: {string.Join(", ", app.Urls)} (store {location.Display}); Ctrl+C stops it.");
            app.WaitForShutdown();
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            stderr.WriteLine($"crosscheck: cannot serve on {urls}: {e.Message}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>Analyzes the case folder into the store when the store has no analysis yet.</summary>
    private static bool Prepare(WorkspaceSettings settings, StoreLocation location, string folder, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var workspace = new CaseWorkspace(settings);
            if (workspace.Snapshot() is { } existing)
            {
                stdout.WriteLine($"The store already holds a case of {existing.Documents.Count} documents; serving it (delete {location.Display} to start over).");
                return true;
            }

            if (!workspace.Data.HasFiles)
            {
                workspace.Data.CopyFrom([folder]);
            }

            stdout.WriteLine($"Analyzing {folder} into {location.Display} …");
            JobStatus job = workspace.AnalyzeNow();
            foreach (string problem in job.Problems)
            {
                stderr.WriteLine($"crosscheck: {problem}");
            }

            if (job.State != "done")
            {
                stderr.WriteLine($"crosscheck: {job.Message}");
                return false;
            }

            stdout.WriteLine(job.Message);
            return true;
        }
        catch (Exception e) when (StoreOption.IsStoreFailure(e))
        {
            stderr.WriteLine($"crosscheck: cannot prepare the store {location.Display}: {e.Message}");
            return false;
        }
    }
}
