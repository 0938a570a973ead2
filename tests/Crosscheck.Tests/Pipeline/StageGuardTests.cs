using Crosscheck.Ingestion;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Dates;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Pipeline;

/// <summary>A document that makes any stage throw is named with the stage and the reason; the others are analyzed.</summary>
public sealed class StageGuardTests
{
    private const string Poison = "POISONED-INPUT";

    private static SourceDocument Doc(string file, string text) =>
        new(InputReader.ContentId(text), file, SourceFormat.PlainText, text, DeclaredMetadata.None);

    private static readonly SourceDocument[] Set =
    [
        Doc("first.txt", "The council approved the budget on March 3, 2021, officials said. The mayor welcomed the vote."),
        Doc("second.txt", $"The council met again on March 4, 2021. {Poison} The vote was close, a spokesman said."),
        Doc("third.txt", "On March 5, 2021 the budget came into force, the treasurer said."),
    ];

    [Fact]
    public void Should_name_the_document_an_extractor_fails_on_and_analyze_the_others()
    {
        // Given a pipeline with an extractor that throws on one document
        AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
        builder.Extractors.Add(new ThrowingExtractor());

        // When the set is analyzed
        AnalysisResult result = builder.Build().Analyze(Set);

        // Then the two others are analyzed and compared, and the third is a problem naming its file and the extractor
        result.Documents.Select(d => d.Document.File).ShouldBe(["first.txt", "third.txt"]);
        result.Set.Timeline.SelectMany(t => t.Mentions).Select(m => m.Text).ShouldContain("March 5, 2021");
        InputProblem problem = result.Problems.ShouldHaveSingleItem();
        problem.File.ShouldBe("second.txt");
        problem.Reason.ShouldBe("failed in the poison extractor: InvalidOperationException: cannot read this one (left out of the analysis)");
    }

    [Fact]
    public void Should_name_the_document_a_set_analyzer_fails_on_and_compare_the_others()
    {
        // Given a set analyzer (before the timeline) that throws whenever one document is in the set
        AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
        builder.InsertSetAnalyzerBefore<TimelineBuilder>(new ThrowingAnalyzer(docs => docs.Any(d => d.Text.Contains(Poison, StringComparison.Ordinal))));

        // When the set is analyzed
        AnalysisResult result = builder.Build().Analyze(Set);

        // Then that document is named, and the others are analyzed and compared by every analyzer, the later ones too
        result.Documents.Select(d => d.Document.File).ShouldBe(["first.txt", "third.txt"]);
        result.Findings.Count.ShouldBe(2);
        result.Set.Timeline.SelectMany(t => t.Mentions).Select(m => m.Text).ShouldBe(["March 3, 2021", "March 5, 2021"], ignoreOrder: true);
        InputProblem problem = result.Problems.ShouldHaveSingleItem();
        problem.ShouldBe(new InputProblem("second.txt", "failed in poison analyzer: InvalidOperationException: cannot compare this one (left out of the analysis)"));
    }

    [Fact]
    public void Should_leave_out_a_set_analyzer_that_fails_on_the_set_but_on_no_document_alone()
    {
        // Given a set analyzer that throws on any two documents together
        AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
        builder.InsertSetAnalyzerBefore<TimelineBuilder>(new ThrowingAnalyzer(docs => docs.Count > 1));

        // When the set is analyzed
        AnalysisResult result = builder.Build().Analyze(Set);

        // Then every document is analyzed, the other analyzers ran, and the failing one is named
        result.Documents.Count.ShouldBe(3);
        result.Set.Timeline.ShouldNotBeEmpty();
        result.Problems.ShouldHaveSingleItem().ShouldBe(new InputProblem(
            "poison analyzer", "failed on the set as a whole: InvalidOperationException: cannot compare this one (its findings are left out)"));
    }

    [Fact]
    public void Should_step_the_others_without_the_item_a_set_step_fails_on()
    {
        // Given a step over a set (like cleaning) that throws when one item is in it
        var problems = new List<InputProblem>();
        static IReadOnlyList<string> Upper(IReadOnlyList<string> items) =>
            items.Contains("bad") ? throw new AggregateException(new FormatException("bad input")) : [.. items.Select(i => i.ToUpperInvariant())];

        // When it runs guarded
        IReadOnlyList<string> result = StageGuard.RunIsolating(["a", "bad", "c"], i => i + ".txt", "cleaning", Upper, problems);

        // Then the others are stepped together and the bad one is named with the inner reason
        result.ShouldBe(["A", "C"]);
        problems.ShouldHaveSingleItem().ShouldBe(new InputProblem("bad.txt", "failed in cleaning: FormatException: bad input (left out of the analysis)"));
    }

    private sealed class ThrowingExtractor : IExtractor
    {
        public string Name => "poison";

        public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings) =>
            document.Text.Contains(Poison, StringComparison.Ordinal) ? throw new InvalidOperationException("cannot read this one") : findings;
    }

    private sealed class ThrowingAnalyzer(Func<IReadOnlyList<AnnotatedDocument>, bool> throwsOn) : ISetAnalyzer
    {
        public string Name => "poison analyzer";

        public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set) =>
            throwsOn(documents) ? throw new InvalidOperationException("cannot compare this one") : set;
    }
}
