using Crosscheck.Cli;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

public sealed class EvalEncoderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-eval-encoder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Should_time_the_encoder_on_the_first_sentences_of_a_corpus()
    {
        // Given a corpus of two invented bodies in the FNC-1 layout (five distinct sentences, one repeated)
        string data = Path.Combine(_dir, "bodies.csv");
        File.WriteAllText(data, """
            Body ID,articleBody
            1,"The council approved the new budget on Tuesday. Critics said it cut too much. The vote was close."
            2,"The vote was close. A second vote is planned for May. Observers expect a long debate."
            """);

        // When three sentences are timed
        var (code, stdout, stderr) = Cli("eval", "encoder", "--sentences", "3", "--data", data);

        // Then the figures for both ways are printed
        stderr.ShouldBeEmpty();
        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("sentence encoder all-MiniLM-L6-v2: 3 distinct sentences of");
        stdout.ShouldContain("model load");
        stdout.ShouldMatch(@"one by one +[0-9.]+ sentences/s +[0-9.]+ ms/sentence");
        stdout.ShouldMatch(@"batches of 32 +[0-9.]+ sentences/s +[0-9.]+ ms/sentence");
        stdout.ShouldContain("(published 0.6660)  \"The weather is lovely today.\" / \"It's so sunny outside!\"");
    }

    [Theory]
    [InlineData(new[] { "eval", "encoder", "--sentences", "0" }, ExitCodes.Usage, "--sentences needs a number")]
    [InlineData(new[] { "eval", "encoder", "--sentences", "many" }, ExitCodes.Usage, "--sentences needs a number")]
    [InlineData(new[] { "eval", "encoder", "--fast" }, ExitCodes.Usage, "unknown option --fast")]
    [InlineData(new[] { "eval", "encoder", "--data", "/nonexistent/bodies.csv" }, ExitCodes.Failed, "/nonexistent/bodies.csv")]
    public void Should_explain_wrong_command_lines(string[] args, int expectedCode, string expectedMessage)
    {
        var (code, stdout, stderr) = Cli(args);

        code.ShouldBe(expectedCode);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain(expectedMessage);
    }
}
