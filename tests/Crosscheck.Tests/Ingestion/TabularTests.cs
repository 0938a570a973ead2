using Crosscheck.Ingestion;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ingestion;

public sealed class TabularTests
{
    [Fact]
    public void Should_read_each_json_line_as_a_document()
    {
        // Given JSON Lines with metadata fields, an author list, HTML text, a broken line and an object without text
        using var dir = new IngestionTempFolder();
        string jsonl = """
            {"url": "https://a.example/1", "title": "Talks resume", "author": "Kim Lee", "published": "2024-05-02T08:00:00Z", "text": "Negotiators met again on Thursday.\nNo deal was reached."}
            {"url": "https://b.example/2", "title": "Market rally", "author": ["Ann Roe", "Bo Tan"], "date": "May 3, 2024", "text": "<p>Shares rose 2 percent.</p><p>Oil fell.</p>"}

            {"title": "broken", "text": "unterminated
            {"title": "No body here"}
            """;
        string path = dir.Write("items.jsonl", jsonl);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then each object with text is a document named by its line
        result.Documents.Count.ShouldBe(2);
        result.Documents[0].File.ShouldBe("items.jsonl#1");
        result.Documents[0].Format.ShouldBe(SourceFormat.JsonLines);
        result.Documents[0].Text.ShouldBe("Negotiators met again on Thursday.\nNo deal was reached.");
        (result.Documents[0].Meta with { Published = null }).ShouldBe(new DeclaredMetadata { Title = "Talks resume", Author = "Kim Lee", Url = "https://a.example/1" });
        result.Documents[0].Meta.Published!.Date.ShouldBe(new PartialDate(2024, 5, 2));
        result.Documents[1].Text.ShouldBe("Shares rose 2 percent.\nOil fell.");
        result.Documents[1].Meta.Author.ShouldBe("Ann Roe, Bo Tan");
        result.Documents[1].Meta.Published!.Date.ShouldBe(new PartialDate(2024, 5, 3));
        result.Problems.Select(p => p.File).ShouldBe(["items.jsonl#4", "items.jsonl#5"]);
    }

    [Fact]
    public void Should_read_each_csv_row_with_quoted_multiline_fields()
    {
        // Given a CSV whose text column holds line breaks, commas and doubled quotes
        using var dir = new IngestionTempFolder();
        string csv = "id,Title,articleBody\r\n"
            + "a7,Storm warning,\"The storm, forecasters said, \"\"will be severe.\"\"\r\n\r\nResidents were told to stay home.\"\r\n"
            + "b9,Rates,\"The bank kept rates at 5 percent.\"\r\n";
        string path = dir.Write("bodies.csv", csv);

        // When it is read
        ReadResult result = new InputReader().Read([path]);

        // Then each row is a document named by its id
        result.Problems.ShouldBeEmpty();
        result.Documents.Count.ShouldBe(2);
        result.Documents[0].File.ShouldBe("bodies.csv#a7");
        result.Documents[0].Format.ShouldBe(SourceFormat.Csv);
        result.Documents[0].Text.ShouldBe("The storm, forecasters said, \"will be severe.\"\n\nResidents were told to stay home.");
        result.Documents[0].Meta.Title.ShouldBe("Storm warning");
        result.Documents[1].File.ShouldBe("bodies.csv#b9");
        result.Documents[1].Text.ShouldBe("The bank kept rates at 5 percent.");
    }

    [Fact]
    public void Should_report_a_csv_file_without_a_text_column()
    {
        using var dir = new IngestionTempFolder();
        string path = dir.Write("numbers.csv", "a,b\n1,2\n");

        ReadResult result = new InputReader().Read([path]);

        result.Documents.ShouldBeEmpty();
        result.Problems.ShouldHaveSingleItem().Reason.ShouldContain("no text column");
    }

    [Fact]
    public void Should_read_the_1683_fnc1_bodies_and_collapse_identical_texts()
    {
        // Given the FNC-1 training bodies (1,683 rows with distinct Body IDs; some texts repeat)
        string path = Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");

        // When they are read
        ReadResult result = new InputReader().Read([path]);

        // Then every row comes out, either as a document or as a duplicate of one, all named by distinct ids
        result.Problems.ShouldBeEmpty();
        (result.Documents.Count + result.Duplicates.Count).ShouldBe(1683);
        result.Documents.Concat<object>(result.Duplicates).Count().ShouldBe(1683);
        result.Documents.Select(d => d.File).Concat(result.Duplicates.Select(d => d.File)).Distinct().Count().ShouldBe(1683);
        result.Documents.Select(d => d.Id).Distinct().Count().ShouldBe(result.Documents.Count);
        result.Duplicates.Count.ShouldBe(14);
        result.Documents.ShouldAllBe(d => d.Format == SourceFormat.Csv && d.File.StartsWith("train_bodies.csv#"));
        result.Documents[0].File.ShouldBe("train_bodies.csv#0");
        result.Documents[0].Text.ShouldStartWith("A small meteorite crashed into a wooded area in Nicaragua's capital of Managua overnight");
    }
}
