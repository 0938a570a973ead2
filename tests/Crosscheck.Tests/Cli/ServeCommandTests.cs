using Crosscheck.Cli;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Cli;

/// <summary>crosscheck serve refuses what it cannot serve, with a message that says what to do (the workspace itself is tested in Crosscheck.Web.Tests).</summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-serve-").FullName;

    [Fact]
    public void Should_say_how_to_make_a_store_when_there_is_none()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string db = Path.Combine(_dir, "missing", "crosscheck.db");

        int code = CommandLine.Run(["serve", "--db", db], stdout, stderr);

        code.ShouldBe(ExitCodes.Failed);
        stderr.ToString().ShouldContain($"no store at {db}: run 'crosscheck analyze FOLDER' first, or give --case FOLDER");
        File.Exists(db).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_a_case_folder_that_does_not_exist()
    {
        var stderr = new StringWriter();

        int code = CommandLine.Run(["serve", "--case", Path.Combine(_dir, "nope"), "--db", Path.Combine(_dir, "c.db")], new StringWriter(), stderr);

        code.ShouldBe(ExitCodes.Failed);
        stderr.ToString().ShouldContain("no such folder");
    }

    [Theory]
    [InlineData("some-folder", "did you mean --case some-folder?")]
    [InlineData("--open", "unknown option --open")]
    public void Should_answer_a_wrong_command_line_with_the_usage(string arg, string message)
    {
        var stderr = new StringWriter();

        int code = CommandLine.Run(["serve", arg], new StringWriter(), stderr);

        code.ShouldBe(ExitCodes.Usage);
        stderr.ToString().ShouldContain(message);
        stderr.ToString().ShouldContain("crosscheck serve [--case FOLDER]");
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
