using Crosscheck.Cli;
using Crosscheck.Reporting.Writers;
using Crosscheck.Store;
using Crosscheck.Tests.Cli;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>crosscheck eval store: times a report's saves and loads on the store --db names, and leaves the runs there.</summary>
public sealed class EvalStoreCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-evalstore-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_print_each_step_of_the_store_and_keep_the_runs()
    {
        string report = Path.Combine(_dir, "report.json");
        File.WriteAllText(report, JsonReportWriter.Write(ReportSamples.Small()));
        string db = Path.Combine(_dir, "bench.db");

        var (code, stdout, stderr) = CliRunner.Run("eval", "store", "--db", db, "--report", report, "--runs", "3");

        stderr.ShouldBeEmpty();
        code.ShouldBe(ExitCodes.Success);
        string[] lines = stdout.TrimEnd().Split('\n');
        lines[0].ShouldStartWith($"Store: SQLite, {db} (2 documents, ");
        lines[1..].Select(l => l.Trim().Split("  ")[0]).ShouldBe(
            ["open (schema version 2)", "first save (insert)", "later save (update), median of 2", "load the latest report", "search (an entity's name)"]);
        lines[4].ShouldContain("(2 documents, ");
        using var store = new CrosscheckStore(db);
        store.Counts().Runs.ShouldBe(3);
    }

    [Fact]
    public void Should_need_a_store_to_write_into()
    {
        var (code, _, stderr) = CliRunner.Run("eval", "store", "--report", Path.Combine(_dir, "report.json"));

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldStartWith("crosscheck: eval store needs --db FILE|URL");
    }
}
