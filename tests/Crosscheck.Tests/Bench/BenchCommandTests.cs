using Crosscheck.Cli;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Bench;

public sealed class BenchCommandTests
{
    [Theory]
    [InlineData(new[] { "bench", "--docs", "zero" }, "--docs needs a whole number (1 or more)")]
    [InlineData(new[] { "bench", "--docs", "0" }, "--docs needs a whole number (1 or more)")]
    [InlineData(new[] { "bench", "--loud" }, "unknown option --loud")]
    [InlineData(new[] { "bench", "extra" }, "bench takes no argument 'extra'")]
    public void Should_refuse_bad_options(string[] args, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        CommandLine.Run(args, stdout, stderr).ShouldBe(ExitCodes.Usage);
        stderr.ToString().ShouldContain(message);
    }

    [Fact]
    public void Should_analyze_the_synthetic_documents_and_print_each_step_and_the_throughput()
    {
        // Given a folder of two short news texts standing for the PolNeAR texts, and no FNC-1 file
        string dir = Path.Combine(Path.GetTempPath(), "crosscheck-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "The council voted on Monday to close the old bridge to heavy traffic.\n\nEngineers said the steel frame showed cracks after the winter floods.\n\n\"We had no choice,\" the mayor said on Tuesday.");
            File.WriteAllText(Path.Combine(dir, "b.txt"), "The harbour authority said three ships were delayed by the fog on Tuesday.\n\nA spokesman said no one was hurt and the port would reopen by noon.");
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            // When the bench runs on four documents, one of them again on one thread
            int code = CommandLine.Run(["bench", "--docs", "4", "--single", "1", "--fnc", Path.Combine(dir, "none.csv"), "--polnear", dir, "--quiet"], stdout, stderr);

            // Then it prints the corpus, every step with its times, the throughput and the memory
            code.ShouldBe(ExitCodes.Success, stderr.ToString());
            string output = stdout.ToString();
            output.ShouldContain("bench: 4 distinct synthetic documents");
            foreach (string step in (string[])["generate", "analyze", "  extract", "  EntityIndexBuilder", "  HypothesisAnalyzer", "report model", "report.json", "report.md", "report.html", "store", "total (without generate)"])
            {
                output.ShouldContain(Environment.NewLine + step);
            }

            output.ShouldContain("extraction on all cores");
            output.ShouldContain("extraction on one thread (first 1 documents, warm)");
            output.ShouldContain("peak working set");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
