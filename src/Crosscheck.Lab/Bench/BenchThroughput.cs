namespace Crosscheck.Lab.Bench;

/// <summary>Documents and bytes (UTF-8 text) analyzed in a wall time, on a number of threads.</summary>
public sealed record BenchThroughput(int Documents, long Bytes, TimeSpan Wall, TimeSpan Cpu, int Threads)
{
    public double DocumentsPerSecond => Wall > TimeSpan.Zero ? Documents / Wall.TotalSeconds : 0;

    public double MegabytesPerSecond => Wall > TimeSpan.Zero ? Bytes / 1e6 / Wall.TotalSeconds : 0;
}
