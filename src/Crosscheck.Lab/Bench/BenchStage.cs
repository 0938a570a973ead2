namespace Crosscheck.Lab.Bench;

/// <summary>One timed step of the bench: wall time and the process's CPU time over it (every thread).</summary>
public sealed record BenchStage(string Name, TimeSpan Wall, TimeSpan Cpu);
