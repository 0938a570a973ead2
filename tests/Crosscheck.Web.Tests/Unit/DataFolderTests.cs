using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Unit;

/// <summary>File names made safe for the data folder, and paths held inside it.</summary>
public sealed class DataFolderTests
{
    [Theory]
    [InlineData("report.txt", "report.txt")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\windows\\system.ini", "system.ini")]
    [InlineData("/abs/path/feed.xml", "feed.xml")]
    [InlineData("..", "upload")]
    [InlineData(".hidden", "hidden")]
    [InlineData("a..b..txt", "a.b.txt")]
    [InlineData("my article (final).html", "my-article--final-.html")]
    [InlineData("Ünïcode – name.eml", "n-code---name.eml")]
    [InlineData("", "upload")]
    [InlineData(null, "upload")]
    public void Should_make_a_safe_file_name(string? client, string expected) => DataFolder.SafeName(client).ShouldBe(expected);

    [Fact]
    public void Should_cut_a_long_name_and_keep_its_extension()
    {
        string name = DataFolder.SafeName(new string('a', 300) + ".html");

        name.Length.ShouldBe(80);
        name.ShouldEndWith(".html");
    }

    [Fact]
    public void Should_refuse_a_path_outside_the_folder()
    {
        var folder = new DataFolder(Path.Combine(Path.GetTempPath(), "cc-data-test"));

        Should.Throw<InvalidOperationException>(() => folder.Inside(Path.Combine(folder.Root, "..", "x.txt")));
        Should.Throw<InvalidOperationException>(() => folder.Inside(folder.Root + "-sibling/x.txt"));
        folder.Inside(Path.Combine(folder.Root, "sub", "x.txt")).ShouldStartWith(folder.Root);
    }
}
