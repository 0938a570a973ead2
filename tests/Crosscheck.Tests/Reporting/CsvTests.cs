using Crosscheck.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

/// <summary>The one CSV writer: RFC 4180 quoting, and nothing more.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("  spaced  ", "  spaced  ")]
    [InlineData("'=SUM(A1)", "'=SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("\"", "\"\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("line\r\nbreak", "\"line\r\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    public void Should_quote_a_field_only_when_it_holds_a_comma_a_quote_a_CR_or_an_LF(string? value, string expected)
    {
        Csv.Field(value).ShouldBe(expected);
    }

    [Fact]
    public void Should_join_the_fields_of_a_record_with_commas()
    {
        Csv.Record(["a", null, "b,c", ""]).ShouldBe("a,,\"b,c\",");
    }

    [Fact]
    public void Should_end_every_record_with_CRLF_unless_told_otherwise()
    {
        string[][] rows = [["1", "x y"], ["2", "x,y"]];

        Csv.Table(["n", "text"], rows).ShouldBe("n,text\r\n1,x y\r\n2,\"x,y\"\r\n");
        Csv.Table(["n", "text"], rows, "\n").ShouldBe("n,text\n1,x y\n2,\"x,y\"\n");
        Csv.Table(["n"], []).ShouldBe("n\r\n");
    }
}
