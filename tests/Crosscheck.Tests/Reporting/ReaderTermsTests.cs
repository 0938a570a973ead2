using System.Text.RegularExpressions;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Model;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Writers;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

/// <summary>Documents, times, ACH and timeline entries in the reader's terms (issue 18), on hand-built values.</summary>
public sealed class ReaderTermsTests
{
    [Theory]
    [InlineData("Valley Courier", "Gunmen storm a hall", "2024-03-23", false, "Valley Courier, ‘Gunmen storm a hall’, 23 Mar 2024")]
    [InlineData("Valley Courier", null, "2024-03", false, "Valley Courier, ‘The attackers opened fire on the crowd before…’, Mar 2024")]
    [InlineData(null, "Gunmen storm a hall", null, false, "‘Gunmen storm a hall’")]
    [InlineData("Harbour Gazette", "Gunmen storm a hall", "2024-03-28", true, "Harbour Gazette, ‘Gunmen storm a hall’, about 28 Mar 2024")]
    [InlineData(null, null, "2024", false, "‘The attackers opened fire on the crowd before…’, 2024")]
    public void Should_name_a_document_by_outlet_title_and_date(string? outlet, string? title, string? published, bool inferred, string expected)
    {
        const string Text = "The attackers opened fire on the crowd before setting the hall alight.";
        DocumentNames.Of(outlet, title, published, inferred, Text, 0, "001_274350a10e4cfd22.txt").ShouldBe(expected);
    }

    [Fact]
    public void Should_fall_back_to_the_file_name_only_for_an_empty_document()
    {
        DocumentNames.Of(null, null, null, false, "  ", 0, "a.txt").ShouldBe("a.txt");
    }

    [Theory]
    [InlineData("2026-12-06T04:44:32.1325943+00:00", "6 Dec 2026, 04:44 UTC")]
    [InlineData("2026-12-06T06:44:32+02:00", "6 Dec 2026, 04:44 UTC")]
    [InlineData("not a time", "not a time")]
    public void Should_write_times_in_the_readers_form(string roundTrip, string expected)
    {
        ReportFormat.When(roundTrip).ShouldBe(expected);
    }

    [Fact]
    public void Should_cut_a_long_sentence_at_clause_breaks_around_the_date()
    {
        string sentence = "The envoy, who had served in three capitals and spoke four languages, said that relations had been frozen " +
            "(at least) until 2017 when the new president took office, and that nothing since then had warmed them, " +
            "whatever the communiqués of the summits, the visits of ministers and the trade figures later said about it.";
        int start = sentence.IndexOf("2017", StringComparison.Ordinal);

        TimelinePassage p = TimelinePassages.Cut(sentence, 0, sentence.Length, start, start + 4);

        p.Date.ShouldBe("2017");
        p.Text.Length.ShouldBeLessThanOrEqualTo(TimelinePassages.MaxLength + 2);
        p.Text.ShouldContain("until 2017 when the new president took office,");
        // Cut only at clause breaks: what is left out is marked, and no word is cut in two.
        (p.Before.StartsWith('…') || p.Before.Length == 0 || char.IsUpper(p.Before[0])).ShouldBeTrue(p.Before);
        Regex.IsMatch(p.Before, @"^…\S").ShouldBeTrue(p.Before);
        Regex.IsMatch(p.After, @"[,;:)(]…$|[.!?]$").ShouldBeTrue(p.After);
    }

    [Fact]
    public void Should_keep_a_short_sentence_whole()
    {
        const string Text = "Intro line.\nIn August 2021, the group took responsibility for the bombing. Later text.";
        int start = Text.IndexOf("August 2021", StringComparison.Ordinal);
        var report = ReportSamples.Small() with
        {
            Documents = [ReportSamples.Small().Documents[0] with { Text = Text, BodyStart = 0 }],
        };
        var passage = new TimelinePassages(report).Of(new Crosscheck.Kinds.Dates.Records.ReportDateRef(report.Documents[0].File, "August 2021", start, start + 11));

        passage.ShouldNotBeNull();
        passage.Text.ShouldBe("In August 2021, the group took responsibility for the bombing.");
        passage.Before.ShouldBe("In ");
    }

    [Fact]
    public void Should_call_a_hypothesis_with_no_evidence_not_enough_evidence_and_never_favour_it()
    {
        // Given the real ACH matrix of the hypothesis sample: u1 has no claim taking a side on it
        Report report = HypothesisReportSample.Build();
        ReportAch ach = report.Ach.ShouldNotBeNull();

        // When it is read
        var standings = AchReading.Standings(ach).ToDictionary(s => s.Hypothesis);

        // Then u1 reads "not enough evidence", is not favoured, and the report says so in its score row
        standings["u1"].Evidence.ShouldBe(0);
        standings["u1"].Enough.ShouldBeFalse();
        AchReading.Score(standings["u1"]).ShouldBe("not enough evidence");
        AchReading.Favoured(ach)?.Hypothesis.ShouldNotBe("u1");
        foreach (AchStanding s in standings.Values.Where(s => s.Evidence < AchReading.MinEvidence))
        {
            AchReading.Score(s).ShouldBe("not enough evidence");
            AchReading.Favoured(ach)?.Hypothesis.ShouldNotBe(s.Hypothesis);
        }

        string md = MarkdownReportWriter.Write(report);
        md.ShouldContain("not enough evidence");
        md.ShouldNotContain("not assessed");
        md.ShouldContain(AchReading.Verdict(ach, report.Hypotheses, report.Documents.Count));
    }
}
