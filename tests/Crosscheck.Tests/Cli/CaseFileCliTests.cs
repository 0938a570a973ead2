using System.Text.Json;
using Crosscheck.Cli;
using Crosscheck.Kinds.Hypotheses.Edits;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

public sealed class CaseFileCliTests : IDisposable
{
    private const string DocA = """
        Fire destroys the old market

        Firefighters said on Tuesday that 12 people were killed when a fire destroyed the old covered market.
        "We will rebuild the market," said Mayor Ana Lopes.
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-case-").FullName;

    public CaseFileCliTests()
    {
        Directory.CreateDirectory(Input);
        File.WriteAllText(Path.Combine(Input, "a.txt"), DocA);
    }

    private string Input => Path.Combine(_dir, "in");

    private string Out => Path.Combine(_dir, "out");

    private string CasePath => Path.Combine(Input, CaseFile.DefaultName);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args) => CliRunner.Run(args);

    private JsonElement Hypotheses()
    {
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "report.json")));
        return report.RootElement.GetProperty("hypotheses").Clone();
    }

    [Fact]
    public void Should_add_a_hypothesis_save_it_and_reuse_it_on_the_next_run()
    {
        var (code, _, stderr) = Cli("analyze", Input, "--out", Out, "--hypothesis", "Mayor Ana Lopes was behind the fire", "--save-case");

        code.ShouldBe(0, stderr);
        stderr.ShouldContain($"saved the case edits to {CasePath}");
        CaseFileReader.Read(CasePath).Case!.Hypotheses.Add.ShouldBe([new HypothesisAddition("u1", "Mayor Ana Lopes was behind the fire")]);
        JsonElement added = Hypotheses().EnumerateArray().Single(h => h.GetProperty("id").GetString() == "u1");
        added.GetProperty("origin").GetString().ShouldBe("user");
        added.GetProperty("kind").GetString().ShouldNotBe("cause");
        added.GetProperty("agent").GetString().ShouldNotBeNull().ShouldContain("Lopes");

        // The next run reads the saved case file without the option.
        File.Delete(Path.Combine(Out, "report.json"));
        Cli("analyze", Input, "--out", Out, "--quiet").Code.ShouldBe(0);
        Hypotheses().EnumerateArray().Select(h => h.GetProperty("text").GetString()).ShouldContain("Mayor Ana Lopes was behind the fire");
    }

    [Fact]
    public void Should_stop_with_the_file_and_place_of_bad_json()
    {
        File.WriteAllText(CasePath, "{\n  \"hypotheses\": {\"add\": [\"x\",]\n");

        var (code, _, stderr) = Cli("analyze", Input, "--out", Out);

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldStartWith($"crosscheck: {CasePath}: not valid JSON (line ");
        File.Exists(Path.Combine(Out, "report.json")).ShouldBeFalse();
    }

    [Fact]
    public void Should_warn_of_an_edit_that_names_no_hypothesis_and_still_run()
    {
        File.WriteAllText(CasePath, """{"hypotheses": {"drop": ["h9"]}}""");

        var (code, _, stderr) = Cli("analyze", Input, "--out", Out, "--quiet");

        code.ShouldBe(0);
        stderr.ShouldContain($"crosscheck: {CasePath}: drop: no hypothesis \"h9\" in this run");
    }

    [Fact]
    public void Should_need_a_case_file_to_save_to_when_the_input_is_a_file()
    {
        var (code, _, stderr) = Cli("analyze", Path.Combine(Input, "a.txt"), "--out", Out, "--hypothesis", "x", "--save-case");

        code.ShouldBe(ExitCodes.Usage);
        stderr.ShouldContain("--save-case needs --case FILE");
    }

    [Fact]
    public void Should_refuse_a_missing_case_file_unless_asked_to_create_it()
    {
        string other = Path.Combine(_dir, "other.case.json");

        Cli("analyze", Input, "--out", Out, "--case", other).Stderr.ShouldContain($"{other}: no such case file");
        Cli("analyze", Input, "--out", Out, "--case", other, "--hypothesis", "A gas leak caused the fire", "--save-case", "--quiet").Code.ShouldBe(0);
        CaseFileReader.Read(other).Case!.Hypotheses.Add.Single().Text.ShouldBe("A gas leak caused the fire");
        File.Exists(CasePath).ShouldBeFalse();
    }
}
