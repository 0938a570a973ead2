using Crosscheck.Cli;

namespace Crosscheck.Tests.Cli;

/// <summary>Runs the command line in process and keeps what it wrote, for the tests of each command.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
