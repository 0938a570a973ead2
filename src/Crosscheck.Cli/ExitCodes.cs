namespace Crosscheck.Cli;

/// <summary>The exit codes of the crosscheck command (documented in the usage text, <see cref="CommandLine.Usage"/>).</summary>
public static class ExitCodes
{
    /// <summary>Everything given was analyzed.</summary>
    public const int Success = 0;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int Usage = 1;

    /// <summary>The analysis ran, but some inputs could not be read (each named on stderr).</summary>
    public const int SomeInputsFailed = 2;

    /// <summary>No input could be analyzed, or the store or output folder could not be written.</summary>
    public const int Failed = 3;
}
