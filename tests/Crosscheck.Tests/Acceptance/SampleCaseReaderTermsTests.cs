using System.Net;
using System.Text.RegularExpressions;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Writers;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Acceptance;

/// <summary>
/// The sample case's reports in the reader's terms (issue 18): no document named by its hashed file name in the
/// visible text, the header time as "1 Jan 1970, 00:00 UTC", the ACH verdict, timeline entries as whole clauses.
/// </summary>
[Trait("Category", "Slow")]
public sealed partial class SampleCaseReaderTermsTests(SampleCaseFixture fixture) : IClassFixture<SampleCaseFixture>
{
    [Fact]
    public void Should_name_no_document_by_its_hashed_file_name_in_the_markdown()
    {
        string md = MarkdownReportWriter.Write(fixture.Report);

        // Link targets may hold the file name; the words a reader sees may not.
        string visible = LinkTarget().Replace(md, "]");
        HashedFile().Matches(MarkdownUnescape(visible)).Select(m => m.Value).ShouldBeEmpty();
        md.ShouldContain("Generated 1 Jan 1970, 00:00 UTC from 5 documents");
        // Each document is named by its title (the outlet and date when it has them) in the documents table.
        foreach (ReportDocument d in fixture.Report.Documents.Where(d => d.Title is not null))
        {
            md.ShouldContain(MarkdownText.Escape(DocLabels.Of(d)));
        }
    }

    [Fact]
    public void Should_name_no_document_by_its_hashed_file_name_in_the_visible_html()
    {
        string html = HtmlReportWriter.Write(fixture.Report);

        string visible = WebUtility.HtmlDecode(Tag().Replace(ScriptOrStyle().Replace(html, " "), " "));
        HashedFile().Matches(visible).Select(m => m.Value).ShouldBeEmpty();
        visible.ShouldContain("generated 1 Jan 1970, 00:00 UTC");
        // The file name stays as a tooltip.
        html.ShouldContain($"title=\"{fixture.Report.Documents[0].File}\"");
    }

    [Fact]
    public void Should_say_which_hypothesis_the_evidence_favours_and_never_favour_one_without_evidence()
    {
        ReportAch ach = fixture.Report.Ach.ShouldNotBeNull();
        var standings = AchReading.Standings(ach);
        string md = MarkdownReportWriter.Write(fixture.Report);

        string verdict = AchReading.Verdict(ach, fixture.Report.Hypotheses, fixture.Report.Documents.Count);
        md.ShouldContain(MarkdownText.Escape(verdict));
        if (AchReading.Favoured(ach) is { } best)
        {
            best.Enough.ShouldBeTrue();
            verdict.ShouldStartWith($"The evidence favours {best.Hypothesis} (");
            standings.Where(s => s.Enough).ShouldAllBe(s => s.Inconsistency >= best.Inconsistency);
        }

        // A hypothesis with (almost) no evidence scores low but reads "not enough evidence", never as best.
        foreach (AchStanding thin in standings.Where(s => !s.Enough))
        {
            AchReading.Score(thin).ShouldBe("not enough evidence");
            AchReading.Favoured(ach)?.Hypothesis.ShouldNotBe(thin.Hypothesis);
        }
    }

    [Fact]
    public void Should_show_each_timeline_entry_as_whole_clauses_with_the_date()
    {
        var passages = new TimelinePassages(fixture.Report);
        fixture.Report.Timeline.ShouldNotBeEmpty();
        foreach (var t in fixture.Report.Timeline)
        {
            TimelinePassage p = passages.Of(t).ShouldNotBeNull();
            p.Date.ShouldBe(t.Sources[0].Text);
            // Starts where a sentence or clause starts, ends where one ends: never mid-clause.
            Regex.IsMatch(p.Before, @"^(…|[\p{Lu}\p{N}“""‘'(\[]|$)").ShouldBeTrue($"{t.Date}: {p.Text}");
            Regex.IsMatch(p.After, @"([.!?…”""’')\],;:—–]|^)$").ShouldBeTrue($"{t.Date}: {p.Text}");
            p.Text.Length.ShouldBeLessThanOrEqualTo(TimelinePassages.MaxLength + 2 + t.Sources[0].Text.Length);
        }
    }

    private static string MarkdownUnescape(string md) => md.Replace("\\_", "_", StringComparison.Ordinal);

    [GeneratedRegex(@"_[0-9a-f]{16}\.txt")]
    private static partial Regex HashedFile();

    [GeneratedRegex(@"\]\(<[^>]*>\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style)[^>]*>.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();
}
