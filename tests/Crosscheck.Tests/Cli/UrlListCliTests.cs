using Crosscheck.Cli;
using Crosscheck.Tests.Ingestion;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

/// <summary>analyze --urls FILE: one link a line, checked before anything is fetched.</summary>
public sealed class UrlListCliTests
{
    [Fact]
    public void Should_refuse_a_url_list_with_a_line_that_is_no_link_and_name_it()
    {
        using var folder = new IngestionTempFolder();
        string list = folder.Write("links.txt", "# the morning's links\nhttps://example.org/a\n\nexample.org/b\n");

        var (code, _, stderr) = CliRunner.Run("analyze", "--urls", list, "--out", Path.Combine(folder.Path, "out"));

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain("'example.org/b' is not an http or https link");
    }

    [Fact]
    public void Should_analyze_the_links_of_a_url_list_and_keep_their_copies()
    {
        using var folder = new IngestionTempFolder();
        using var server = new LocalWebServer();
        server.Page("one.html", "text/html", "<html><body><article><p>The ferry company cancelled all crossings on Friday because of the storm, its director said.</p></article></body></html>");
        server.Page("two.txt", "text/plain", "All crossings were cancelled on Friday, the ferry company's director told reporters in the port.");
        string list = folder.Write("links.txt", $"{server.Url("one.html")}\n{server.Url("two.txt")}\n");
        string outDir = Path.Combine(folder.Path, "out");

        var (code, _, stderr) = CliRunner.Run("analyze", "--urls", list, "--allow-private", "--out", outDir, "--quiet");

        code.ShouldBe(ExitCodes.Success, stderr);
        File.ReadAllText(Path.Combine(outDir, "report.json")).ShouldContain(server.Url("two.txt"));
        Directory.GetFiles(Path.Combine(outDir, "fetched"), "*.source").Length.ShouldBe(2);
    }
}
