using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class InputSetTests
{
    [Fact]
    public void Should_read_a_folder_recursively_in_order_skipping_hidden_files_and_gold_json()
    {
        // Given a folder tree with hidden files, a hidden folder and an answer file
        using var dir = new IngestionTempFolder();
        dir.Write("b.txt", "Second article text.");
        dir.Write("a.txt", "First article text.");
        dir.Write("sub/c.txt", "Third article text.");
        dir.Write(".hidden.txt", "Hidden text.");
        dir.Write(".git/config.txt", "Repository config.");
        dir.Write("gold.json", "{\"text\": \"answers\"}");
        dir.Write("sub/gold.json", "{\"text\": \"more answers\"}");

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the visible files are read in order, named relative to the folder
        result.Problems.ShouldBeEmpty();
        result.Documents.Select(d => d.File).ShouldBe(["a.txt", "b.txt", "sub/c.txt"]);
        result.Documents.Select(d => d.Text).ShouldBe(["First article text.", "Second article text.", "Third article text."]);
    }

    [Fact]
    public void Should_name_a_file_given_directly_by_its_file_name()
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write("deep/er/story.txt", "Body text.");

        ReadResult result = new InputReader().Read([path]);

        result.Documents.Single().File.ShouldBe("story.txt");
        result.Documents.Single().Format.ShouldBe(SourceFormat.PlainText);
    }

    [Fact]
    public void Should_collapse_the_same_content_into_one_document()
    {
        // Given the same text three times: as UTF-8, as UTF-16 with CRLF, and inside a JSON line
        using var dir = new IngestionTempFolder();
        dir.Write("one.txt", "Same story.\nSecond line.\n");
        dir.WriteBytes("two.txt", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("Same story.\r\nSecond line.")]);
        dir.Write("three.jsonl", "{\"title\": \"Copy\", \"text\": \"Same story.\\nSecond line.\"}\n");
        dir.Write("zz.txt", "A different story.");

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the repeated text is one document, and the copies are listed as duplicates
        result.Documents.Select(d => d.File).ShouldBe(["one.txt", "zz.txt"]);
        result.Documents[0].Id.ShouldBe(InputReader.ContentId("Same story.\nSecond line."));
        result.Duplicates.ShouldBe([new DuplicateInput("three.jsonl#1", "one.txt"), new DuplicateInput("two.txt", "one.txt")]);
        result.Problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("story.dat", "<!DOCTYPE html><html><body><p>Hello page.</p></body></html>", SourceFormat.Html)]
    [InlineData("feed.txt", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><description>Item text.</description></item></channel></rss>", SourceFormat.Feed)]
    [InlineData("msg.txt", "From: a@example.org\nSubject: Hi\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\nMail body.", SourceFormat.Email)]
    [InlineData("data.txt", "{\"text\": \"Line text.\"}\n", SourceFormat.JsonLines)]
    [InlineData("table.txt", "Body ID,articleBody\n1,Cell text.\n", SourceFormat.Csv)]
    [InlineData("notes.html", "Just words, no markup at all.", SourceFormat.Html)]
    [InlineData("notes.md", "Just words, no markup at all.", SourceFormat.PlainText)]
    [InlineData("prose.txt", "Text, body and content of the new law were published on Monday, officials said.\nMore.", SourceFormat.PlainText)]
    [InlineData("tagged.txt", "[Outlet] A headline in brackets\n\nBody text.", SourceFormat.PlainText)]
    public void Should_detect_the_format_from_content_before_extension(string name, string content, SourceFormat expected)
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write(name, content);

        ReadResult result = new InputReader().Read([path]);

        result.Problems.ShouldBeEmpty();
        result.Documents.Single().Format.ShouldBe(expected);
    }

    [Fact]
    public void Should_read_the_sample_case_folder()
    {
        // Given the shared sample case (five text articles and a gold.json answer file)
        ReadResult result = new InputReader().Read([TestPaths.SampleCase]);

        // Then the five articles are read as plain text, the answer file is skipped
        result.Problems.ShouldBeEmpty();
        result.Documents.Count.ShouldBe(5);
        result.Documents.ShouldAllBe(d => d.Format == SourceFormat.PlainText && d.File.EndsWith(".txt") && d.Text.Length > 500);
    }

    [Fact]
    public void Should_enter_each_real_folder_once_whatever_the_links()
    {
        // Given a folder with a link back to its parent (a cycle), a link to a sibling and a second link to the root
        using var dir = new IngestionTempFolder();
        dir.Write("a/one.txt", "The ferry resumed service on Monday.");
        dir.Write("c/two.txt", "The harbour fees rose by a tenth.");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, "a", "loop"), dir.Path);
        Directory.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, "b"), System.IO.Path.Combine(dir.Path, "a"));
        Directory.CreateSymbolicLink(System.IO.Path.Combine(dir.Path, "c", "up"), System.IO.Path.Combine(dir.Path, "c", "..", "a", "loop"));

        // When the folder is read
        ReadResult result = new InputReader().Read([dir.Path]);

        // Then the walk ends and each file is read once, by its first way in name order
        result.Documents.Select(d => d.File).ShouldBe(["a/one.txt", "c/two.txt"]);
        result.Problems.ShouldBeEmpty();
    }
}
