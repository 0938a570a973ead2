using Crosscheck.Reporting;
using Crosscheck.Web.Api;
using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Unit;

/// <summary>CSV cells: quoted when needed, and never a formula a spreadsheet would run.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public void Should_quote_cells_and_defuse_formulas()
    {
        var report = new Report("crosscheck", "2024-01-01",
            [new ReportDocument("id1", "a.txt", "text", "=HYPERLINK(\"http://x\")", null, "Smith, Ann", null, null, null, false, null, false, "Some text.")],
            [new ReportQuote("a.txt", "@someone", "line one\nline \"two\"", "direct", null, "said", 0, 4, null, null)],
            [], [], [], [], [], [], [], [], []);
        var c = new CaseSnapshot(report);

        string docs = CsvExport.Write("documents", c)!;
        string quotes = CsvExport.Write("quotes", c)!;

        docs.Split("\r\n")[1].ShouldBe("1,a.txt,id1,text,\"'=HYPERLINK(\"\"http://x\"\")\",\"Smith, Ann\",,,false,,2");
        quotes.Split("\r\n", 2)[1].ShouldStartWith("a.txt,'@someone,\"line one\nline \"\"two\"\"\",direct,,said,0,4");
        CsvExport.Write("nope", c).ShouldBeNull();
    }
}
