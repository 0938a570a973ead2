namespace Crosscheck.Cli;

/// <summary>crosscheck search: full-text search over the store.</summary>
public static class SearchCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("crosscheck: search is not built yet");
        return ExitCodes.Failed;
    }
}
