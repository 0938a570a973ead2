using System.Globalization;
using System.Text;
using Crosscheck.Model;
using Crosscheck.Pipeline;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Specs;

/// <summary>
/// The spec harness: every example of every Specs/*.md file is one test case. The example's text goes through
/// the real pipeline (cleaner, reference dates, annotation and all the extractors, in their order; the set
/// analyzers only for hypotheses), and the findings of the file's kind are compared with the expected ones.
/// The format is described in Specs/README.md.
/// </summary>
public sealed class SpecTests
{
    private static readonly string SpecFolder = Path.Combine(TestPaths.RepoRoot, "tests", "Crosscheck.Tests", "Specs");

    private static readonly Lazy<AnalysisPipeline> Extractors = new(() =>
    {
        AnalysisPipelineBuilder builder = AnalysisPipelineBuilder.CreateDefault();
        builder.SetAnalyzers.Clear();
        return builder.Build();
    });

    private static readonly Lazy<AnalysisPipeline> Whole = new(() => AnalysisPipelineBuilder.CreateDefault().Build());

    private static readonly Lazy<Dictionary<string, IReadOnlyList<SpecExample>>> Files = new(() =>
        Directory.EnumerateFiles(SpecFolder, "*.md")
            .Select(f => Path.GetFileName(f))
            .Where(name => !name.Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToDictionary(name => name, name => SpecFile.Parse(name, File.ReadAllText(Path.Combine(SpecFolder, name))), StringComparer.Ordinal));

    public static IEnumerable<TheoryDataRow<string, int>> Examples() =>
        Files.Value.Values.SelectMany(examples => examples).Select(e => new TheoryDataRow<string, int>(e.File, e.Number)
        {
            TestDisplayName = $"Spec {e}",
        });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Should_find_what_the_spec_example_expects(string file, int number)
    {
        SpecExample example = Files.Value[file][number - 1];
        example.Errors.ShouldBeEmpty($"{example}: the example cannot be read");
        IReadOnlyList<string> failures = Check(example);
        if (example.Pending is { } reason)
        {
            Assert.Skip(failures.Count == 0
                ? $"pending: {reason} — but the example now passes: remove its pending line ({file}:{example.Line})"
                : $"pending: {reason}");
        }

        failures.ShouldBeEmpty(Explain(example, failures));
    }

    [Theory]
    [InlineData("quotes.md", 15)]
    [InlineData("numbers.md", 15)]
    [InlineData("dates.md", 15)]
    [InlineData("sources.md", 15)]
    [InlineData("entities.md", 15)]
    [InlineData("hypotheses.md", 8)]
    public void Should_have_a_spec_file_with_examples_for_each_kind(string file, int atLeast)
    {
        Files.Value.ShouldContainKey(file);
        Files.Value[file].Count.ShouldBeGreaterThanOrEqualTo(atLeast);
        Files.Value[file].ShouldAllBe(e => e.Expected.Count > 0 || e.Exact);
    }

    [Fact]
    public void Should_not_name_the_sample_story_in_any_spec_file()
    {
        // The examples are invented text: none names a person, group or place of the sample story.
        HashSet<string> names = [.. Acceptance.GeneralityTests.StoryNames, .. Acceptance.GeneralityTests.PersonNamesFromGold()];
        var pattern = new System.Text.RegularExpressions.Regex(@"\b(" + string.Join("|", names.Select(System.Text.RegularExpressions.Regex.Escape)) + ")", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(SpecFolder, "*.md"))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (pattern.Match(lines[i]) is { Success: true } m)
                {
                    offenders.Add($"{Path.GetFileName(file)}:{i + 1}: {m.Value}");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_fail_an_example_whose_expectation_is_wrong()
    {
        // The harness can fail: a wrong speaker, a missing finding and a forbidden one are each reported.
        const string spec = """
            ## planted
            ```text
            “The bridge is safe,” Mayor Tom Haskins said.
            ```
            - "The bridge is safe" — speaker: Somebody Else
            - "Nothing like this was said"
            - not: "The bridge is safe"
            """;
        SpecExample example = SpecFile.Parse("quotes.md", spec).ShouldHaveSingleItem();
        Check(example).Count.ShouldBe(3);
    }

    [Fact]
    public void Should_fail_an_exact_example_with_a_finding_it_does_not_list()
    {
        const string spec = """
            ## planted
            exact
            ```text
            Gunmen killed 30 people and wounded 12 others.
            ```
            - 30 | killed
            """;
        SpecExample example = SpecFile.Parse("numbers.md", spec).ShouldHaveSingleItem();
        Check(example).ShouldHaveSingleItem().ShouldContain("not listed");
    }

    /// <summary>Runs the example's text through the pipeline and returns what does not match, empty when all does.</summary>
    internal static IReadOnlyList<string> Check(SpecExample example)
    {
        SpecKind kind = SpecKind.For(example.Kind);
        IReadOnlyList<object> found = kind.Findings(Analyze(example, kind));
        var failures = new List<string>();
        var matched = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (SpecExpectation expected in example.Expected)
        {
            Func<object, bool> matches;
            try
            {
                matches = kind.Matcher(expected.Text);
            }
            catch (FormatException e)
            {
                failures.Add($"line {expected.Line}: cannot read \"{expected.Text}\": {e.Message}");
                continue;
            }

            var hits = found.Where(matches).ToList();
            if (expected.Negated && hits.Count > 0)
            {
                failures.Add($"line {expected.Line}: found, but the example says not: {expected.Text}  (found: {kind.Render(hits[0])})");
            }
            else if (!expected.Negated && hits.Count == 0)
            {
                failures.Add($"line {expected.Line}: not found: {expected.Text}");
            }

            if (!expected.Negated)
            {
                matched.UnionWith(hits);
            }
        }

        if (example.Exact)
        {
            failures.AddRange(found.Where(f => !matched.Contains(f)).Select(f => $"found, but not listed (the example is exact): {kind.Render(f)}"));
        }

        return failures;
    }

    private static AnalysisResult Analyze(SpecExample example, SpecKind kind)
    {
        var source = new SourceDocument("spec", example.ToString(), SourceFormat.PlainText, example.Text ?? "", new DeclaredMetadata { Published = Crosscheck.Ingestion.MetadataDates.Read(example.Published) });
        AnalysisResult result = (kind.NeedsSetAnalyzers ? Whole : Extractors).Value.Analyze([source]);
        result.Problems.ShouldBeEmpty($"{example}: the pipeline failed");
        result.Findings.ShouldHaveSingleItem();
        return result;
    }

    private static string Explain(SpecExample example, IReadOnlyList<string> failures)
    {
        SpecKind kind = SpecKind.For(example.Kind);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{example} ({example.File}:{example.Line})");
        foreach (string f in failures)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {f}");
        }

        text.AppendLine("  all findings of the kind, in spec syntax:");
        foreach (object f in kind.Findings(Analyze(example, kind)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  - {kind.Render(f)}");
        }

        return text.ToString();
    }
}
