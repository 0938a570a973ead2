using Crosscheck.Tests.Cli;
using Crosscheck.Cli;
using Crosscheck.Store;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Exports;

/// <summary>crosscheck export: reads the latest run of a store and writes one format; bad arguments are named.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-export-").FullName;

    public ExportCommandTests()
    {
        using var store = new CrosscheckStore(Db);
        store.Save(ReportSamples.Small(), RunInfo.Create(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ["in"]));
    }

    private string Db => Path.Combine(_dir, "crosscheck.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Should_write_the_format_to_the_file_given()
    {
        string file = Path.Combine(_dir, "out", "graph.gexf");

        var (code, stdout, _) = Cli("export", "--db", Db, "--format", "gexf", "--out", file);

        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain($"Wrote {file}");
        ExportChecks.Gexf(File.ReadAllText(file)).Descendants().ShouldContain(e => (string?)e.Attribute("label") == "Ana Lopes");
    }

    [Fact]
    public void Should_write_to_stdout_without_out()
    {
        var (code, stdout, _) = Cli("export", "--db", Db, "--format", "ftm");

        code.ShouldBe(ExitCodes.Success);
        ExportChecks.Ftm(stdout).ShouldContain(e => e.Schema == "Person" && e.Properties["name"][0] == "Ana Lopes");
    }

    [Theory]
    [InlineData("--format", "pdf", "unknown export format 'pdf' (formats: claimreview, ftm, gexf, timelinejs)")]
    [InlineData("--out", "x.json", "export needs --format (claimreview, ftm, gexf, timelinejs)")]
    [InlineData("--colour", "x.json", "unknown option --colour")]
    public void Should_name_a_wrong_argument_and_exit_with_the_usage_code(string option, string value, string message)
    {
        var (code, _, stderr) = Cli("export", "--db", Db, option, value);

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain(message);
    }

    [Fact]
    public void Should_say_when_there_is_no_store()
    {
        var (code, _, stderr) = Cli("export", "--db", Path.Combine(_dir, "none.db"), "--format", "gexf");

        code.ShouldBe(ExitCodes.Failed);
        stderr.ShouldContain("no store at");
    }

    [Fact]
    public void Should_say_when_the_store_holds_no_analysis()
    {
        string empty = Path.Combine(_dir, "empty.db");
        new CrosscheckStore(empty).Dispose();

        var (code, _, stderr) = Cli("export", "--db", empty, "--format", "timelinejs");

        code.ShouldBe(ExitCodes.Failed);
        stderr.ShouldContain("holds no analysis yet");
    }
}
