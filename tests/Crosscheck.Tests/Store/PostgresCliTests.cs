using Crosscheck.Cli;
using Crosscheck.Store;
using Crosscheck.Tests.Cli;
using Crosscheck.Tests.Exports;
using Crosscheck.Tests.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>The commands that take <c>--db</c>, given a PostgreSQL connection string or URL instead of a file.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCliTests(PostgresServer server)
{
    private string SavedSample()
    {
        string db = server.NewDatabase();
        using var store = new CrosscheckStore(db);
        store.Save(ReportSamples.Small(), RunInfo.Create(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, ["in"]));
        return db;
    }

    [Fact]
    public void Should_search_a_postgres_store()
    {
        string db = SavedSample();

        var (code, stdout, _) = CliRunner.Run("search", "rebuild", "--db", db);

        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("[rebuild]");
        stdout.ShouldContain("a.txt — Market fire kills 12 [quote");
    }

    [Fact]
    public void Should_export_from_a_postgres_store_named_by_a_url()
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(SavedSample());
        string url = $"postgres://{cs.Username}@/{cs.Database}?host={Uri.EscapeDataString(cs.Host!)}&port={cs.Port}&search_path={cs.SearchPath}";

        var (code, stdout, stderr) = CliRunner.Run("export", "--db", url, "--format", "gexf");

        stderr.ShouldBeEmpty();
        code.ShouldBe(ExitCodes.Success);
        ExportChecks.Gexf(stdout).Descendants().ShouldContain(e => (string?)e.Attribute("label") == "Ana Lopes");
    }

    [Fact]
    public void Should_say_which_server_store_cannot_be_reached_without_its_password()
    {
        var (code, _, stderr) = CliRunner.Run("search", "x", "--db", "Host=/nonexistent/socket/dir;Database=cases;Username=analyst;Password=hidden;Timeout=3");

        code.ShouldBe(ExitCodes.Failed);
        stderr.ShouldStartWith("crosscheck: cannot read the store postgres://analyst@/nonexistent/socket/dir/cases: ");
        stderr.ShouldNotContain("hidden");
    }
}
