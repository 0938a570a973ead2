using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
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
