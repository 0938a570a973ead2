using Crosscheck.Cli;
using Crosscheck.Lab.Evaluation.TempEval;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

public sealed class EvalTempEval3CommandTests : IDisposable
{
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" functionInDocument="CREATION_TIME">19980213</TIMEX3></DCT>
        <TEXT>
        Shares fell <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> of gains.
        </TEXT>
        </TimeML>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-te3cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_read_a_folder_recursively_write_the_files_and_print_the_figures()
    {
        string data = Path.Combine(_dir, "data", "sub");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "a.tml"), Tml);
        string out_ = Path.Combine(_dir, "out");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int code = CommandLine.Run(["eval", "tempeval3", "--data", Path.Combine(_dir, "data"), "--out", out_], stdout, stderr);

        code.ShouldBe(ExitCodes.Success, stderr.ToString());
        string printed = stdout.ToString();
        printed.ShouldContain("1 documents, 2 gold TIMEX3, 2 system TIMEX3");
        printed.ShouldContain("Strict Match");
        printed.ShouldContain("\t\t100.00\t100.00\t100.00");
        TimeMLDocument written = TimeMLReader.Read(Path.Combine(out_, "sub", "a.tml"));
        written.Timexes.Select(t => t.Value).ShouldBe(["1998-02-12", "P2W"]);
    }

    [Fact]
    public void Should_refuse_a_missing_data_option()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        CommandLine.Run(["eval", "tempeval3"], stdout, stderr).ShouldBe(ExitCodes.Usage);
    }
}
