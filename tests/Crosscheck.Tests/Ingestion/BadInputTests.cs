using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class BadInputTests
{
    private const string GoodText = "The council approved the budget on Tuesday, officials said.";

    public static TheoryData<string, byte[], string> BadFiles() => new()
    {
        { "binary.dat", [0x01, 0x02, 0x00, 0x00, 0x41, 0x42, 0x00, 0x05, 0x07, 0x00, 0x10, 0x11], "binary file (contains NUL bytes), skipped" },
        { "controls.txt", [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 0x41))], "binary file (33% control characters), skipped" },
        { "empty.txt", [], "empty file" },
        { "blank.txt", " \r\n\t\n  "u8.ToArray(), "empty file (whitespace only)" },
        { "blank-utf16.txt", [0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00], "empty file (whitespace only)" },
        { "nothing.html", "<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray(), "no text found" },
        { "bad.json", "{\"text\": \"unterminated\n"u8.ToArray(), "not valid JSON or JSON Lines (line 1), skipped" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Should_report_a_bad_file_and_still_read_the_others(string name, byte[] bytes, string reason)
    {
        // Given a folder with one good file and one bad one
        using var dir = new IngestionTempFolder();
        dir.Write("good.txt", GoodText);
        dir.WriteBytes(name, bytes);

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the bad file is a problem with a one-line reason, and the good one is read
        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem(name, reason));
        result.Documents.ShouldHaveSingleItem().Text.ShouldBe(GoodText);
    }

    [Fact]
    public void Should_refuse_a_file_over_the_size_limit_without_reading_it()
    {
        // Given a 50 MB file (sparse, so it is written at once)
        using var dir = new IngestionTempFolder();
        string path = Path.Combine(dir.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then it is a problem with its size, found quickly
        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem("huge.txt", "file is 50.0 MB, over the 20 MB limit"));
        result.Documents.ShouldBeEmpty();
        InputReader.MaxFileBytes.ShouldBe(20L * 1024 * 1024);
    }

    [Fact]
    public void Should_report_a_file_that_cannot_be_opened()
    {
        // Given a folder holding a dangling symbolic link next to a good file
        using var dir = new IngestionTempFolder();
        dir.Write("good.txt", GoodText);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "gone.txt"), Path.Combine(dir.Path, "missing-target.txt"));

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the link is reported as unreadable and the good file is read
        InputProblem problem = result.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("gone.txt");
        problem.Reason.ShouldStartWith("cannot read file");
        result.Documents.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_report_a_file_without_read_permission()
    {
        Assert.SkipWhen(Environment.UserName == "root" || OperatingSystem.IsWindows(), "root can read any file; permissions cannot be tested here");

        using var dir = new IngestionTempFolder();
        string path = dir.Write("secret.txt", GoodText);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        ReadResult result = new InputReader().Read([path]);

        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem("secret.txt", "cannot read file: permission denied"));
    }

    [Fact]
    public void Should_report_a_path_that_does_not_exist()
    {
        using var dir = new IngestionTempFolder();
        string missing = Path.Combine(dir.Path, "nope");

        ReadResult result = new InputReader().Read([missing, dir.Write("good.txt", GoodText)]);

        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem(missing, "no such file or folder"));
        result.Documents.ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_report_a_feed_that_is_not_well_formed()
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write("feed.rss", "<rss version=\"2.0\"><channel><title>T</title><item><title>A & B</title><description>x</description></item></channel></rss>");

        ReadResult result = new InputReader().Read([path]);

        result.Documents.ShouldBeEmpty();
        result.Problems.ShouldHaveSingleItem().Reason.ShouldStartWith("feed is not well-formed XML (line 1");
    }
}
