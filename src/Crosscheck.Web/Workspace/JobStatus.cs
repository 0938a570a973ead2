namespace Crosscheck.Web.Workspace;

/// <summary>The state of the workspace's (re-)analysis, as /api/jobs/current reports it.</summary>
/// <param name="State">"idle", "running", "done" or "failed".</param>
/// <param name="Stage">The pipeline stage running (read, clean, extract, compare, store), or null.</param>
/// <param name="Done">Documents done in the stage.</param>
/// <param name="Total">Documents in the stage.</param>
/// <param name="Message">What happened, for people.</param>
/// <param name="Problems">Inputs that could not be read in the run ("file: reason").</param>
public sealed record JobStatus(string State, string? Stage, int Done, int Total, string Message, IReadOnlyList<string> Problems)
{
    public static JobStatus Idle { get; } = new("idle", null, 0, 0, "No analysis running.", []);

    public bool Running => State == "running";
}
