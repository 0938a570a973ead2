using Crosscheck.Ingestion;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Pipeline;

/// <summary>Every crash ever fixed, pinned: each input once made a stage throw (and, outside the per-document guard, sank the run).</summary>
public sealed class CrashesPinnedTests
{
    private const string Other = "The council approved the budget on March 3, 2021, officials said.";

    private static SourceDocument Doc(string file, string text, string? declaredDate = null) =>
        new(InputReader.ContentId(text), file, SourceFormat.Html, text,
            new DeclaredMetadata { Published = declaredDate is null ? null : new WrittenDate(declaredDate, null) });

    private static AnalysisResult Analyze(SourceDocument doc) =>
        AnalysisPipelineBuilder.CreateDefault().Build().Analyze([doc, Doc("other.html", Other)]);

    [Theory]
    [InlineData("0000-01-01")] // DateTime.DaysInMonth: "Year must be between 1 and 9999", thrown in the cleaner, outside every guard
    [InlineData("0000-00-00")]
    [InlineData("99999-1-10")]
    [InlineData("9999-12-31")] // a reference at the end of the calendar: "next year" and future dates ran past it
    [InlineData("0001-01-01")] // and at its start: "last week" ran before it
    public void Should_take_a_placeholder_declared_date_for_no_date(string declared)
    {
        // Given a page whose metadata declares a placeholder date, beside an ordinary one
        SourceDocument page = Doc("page.html", "The council met on Tuesday, last week. It will meet again next year, on January 5, officials said.", declared);

        // When the set is analyzed
        AnalysisResult result = Analyze(page);

        // Then both are analyzed, without a problem, and the placeholder is no publication date
        result.Problems.ShouldBeEmpty();
        result.Documents.Count.ShouldBe(2);
        result.Documents.Single(d => d.Document.File == "page.html").Document.Published.ShouldBeNull();
    }

    [Theory]
    [InlineData("The dam was built 999 decades ago, officials said on March 4, 2021.", "999 decades ago")]
    public void Should_leave_unresolved_a_date_counted_beyond_the_calendar(string text, string expression)
    {
        // When a text counts from a date to beyond the calendar's ends (before the year 1)
        AnalysisResult result = Analyze(Doc("dam.html", text));

        // Then both documents are analyzed, and the expression is found without a date
        result.Problems.ShouldBeEmpty();
        result.Documents.Count.ShouldBe(2);
        string[] found = [.. result.Findings.SelectMany(f => f.Dates).Select(d => $"{d.Text} = {d.Value?.ToString() ?? "none"}")];
        found.ShouldContain($"{expression} = none", string.Join("; ", found));
    }

    [Theory]
    [InlineData("0000-01-01")]
    [InlineData("2024-02-30")]
    [InlineData("10000-01-01")]
    public void Should_not_parse_a_day_the_calendar_does_not_have(string text) =>
        PartialDate.TryParse(text, out _).ShouldBeFalse();
}
