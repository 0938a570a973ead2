using Crosscheck.Cli;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

public sealed class StanceCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-stance-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Should_collect_every_value_of_a_repeated_option_in_order()
    {
        Arguments a = Arguments.Parse(["analyze", "x", "--claim", "first", "--claim=second", "--quiet"], new HashSet<string> { "claim" }, out string? error);

        error.ShouldBeNull();
        a.All("claim").ShouldBe(["first", "second"]);
        a.Option("claim").ShouldBe("second");
        a.All("out").ShouldBeEmpty();
    }

    [Fact]
    public void Should_score_an_fnc1_folder_and_write_the_predictions()
    {
        File.WriteAllText(Path.Combine(_dir, "mini_bodies.csv"),
            "Body ID,articleBody\n" +
            "1,\"The central bank raised interest rates by a quarter point on Wednesday, citing stubborn inflation.\"\n" +
            "2,\"A giant squid was found alive on a beach on Sunday, marine biologists confirmed. The squid was returned to the sea.\"\n");
        File.WriteAllText(Path.Combine(_dir, "mini_stances.csv"),
            "Headline,Body ID,Stance\n\"Giant squid found alive on a beach\",1,unrelated\n\"Giant squid found alive on a beach\",2,agree\n");
        string predictions = Path.Combine(_dir, "pred.csv");

        (int code, string stdout, _) = Cli("eval", "fnc1", "--data", _dir, "--predictions", predictions);

        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("FNC score");
        stdout.ShouldContain("macro-F1");
        stdout.ShouldContain("confusion (rows gold, columns predicted)");
        string[] lines = File.ReadAllLines(predictions);
        lines[0].ShouldBe("Headline,Body ID,Stance");
        lines.Length.ShouldBe(3);
        lines[1].ShouldStartWith("Giant squid found alive on a beach,1,");
    }

    [Fact]
    public void Should_print_and_store_each_articles_stance_toward_each_claim()
    {
        string input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), "Bridge closed after crack found\n\nThe old river bridge was closed on Monday after engineers found a crack in a main beam.\n");
        File.WriteAllText(Path.Combine(input, "b.txt"), "Bakery wins prize\n\nA small bakery won the national bread prize on Sunday for its rye loaf.\n");
        string output = Path.Combine(_dir, "out");

        (int code, string stdout, _) = Cli("analyze", input, "--out", output, "--claim", "The bridge was closed", "--claim", "Rye bread is healthy");

        code.ShouldBe(ExitCodes.Success);
        stdout.ShouldContain("Claim “The bridge was closed”");
        stdout.ShouldContain("Claim “Rye bread is healthy”");
        stdout.ShouldContain("[");
        string json = File.ReadAllText(Path.Combine(output, "report.json"));
        json.ShouldContain("\"claim_stances\"");
        json.ShouldContain("\"claim\": \"The bridge was closed\"");
        using var store = new Crosscheck.Store.CrosscheckStore(Path.Combine(output, "crosscheck.db"));
        store.LoadLatestReport()!.ClaimStances.Count.ShouldBe(4);
    }

    [Fact]
    public void Should_refuse_eval_fnc1_without_data()
    {
        Cli("eval", "fnc1").Code.ShouldBe(ExitCodes.Usage);
        Cli("eval", "fnc1", "--data", Path.Combine(_dir, "missing")).Code.ShouldBe(ExitCodes.Failed);
    }
}
