using Crosscheck.Cli;
using Crosscheck.Lab.Evaluation.NewsQuant;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

public sealed class EvalNewsquantCommandTests : IDisposable
{
    // Two invented sentences in the NewsQuant layout; the second gold quantity's change is wrong on purpose.
    private const string Data = """
        [
         {"text": "Shares rose 5% to $84 on Monday.", "quantities": [
           {"change": "up", "value": "5.0", "unit": "%", "normalized_unit": "percentage", "referred_concepts": "shares"},
           {"change": "~", "value": "84.0", "unit": "$", "normalized_unit": "dollar", "referred_concepts": "shares"}]},
         {"text": "The plant opened in 2004.", "quantities": []}
        ]
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-newsquant-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Should_write_the_predictions_in_input_order_and_print_the_figures()
    {
        // Given a NewsQuant file
        string data = Path.Combine(_dir, "dev.json"), output = Path.Combine(_dir, "out.json");
        File.WriteAllText(data, Data);

        // When evaluated
        var (code, stdout, _) = Cli("eval", "newsquant", "--data", data, "--out", output);

        // Then both values are found, one change differs, and the predictions are written sentence by sentence
        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("value           P 100.0  R 100.0  F1 100.0");
        stdout.ShouldContain("value + change  P  50.0  R  50.0  F1  50.0");
        stdout.ShouldContain("unit accuracy on value matches 100.0 (2 of 2)");
        IReadOnlyList<NewsQuantSentence> written = NewsQuantReader.Read(output);
        written.Select(s => s.Text).ShouldBe(["Shares rose 5% to $84 on Monday.", "The plant opened in 2004."]);
        written[0].Quantities.Select(q => $"{q.Change} {q.Value}").ShouldBe(["up 5.0", "= 84.0"]);
        written[1].Quantities.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new[] { "eval", "newsquant" }, ExitCodes.Usage, "newsquant --data FILE")]
    [InlineData(new[] { "eval", "newsquant", "--data", "x.json", "--loud" }, ExitCodes.Usage, "unknown option --loud")]
    [InlineData(new[] { "eval", "newsquant", "--data", "/nonexistent/dev.json" }, ExitCodes.Failed, "/nonexistent/dev.json")]
    public void Should_explain_wrong_command_lines(string[] args, int expectedCode, string expectedMessage)
    {
        var (code, stdout, stderr) = Cli(args);

        code.ShouldBe(expectedCode);
        (stdout + stderr).ShouldContain(expectedMessage);
    }
}
