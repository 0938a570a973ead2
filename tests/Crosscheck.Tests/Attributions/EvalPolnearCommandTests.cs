using Crosscheck.Cli;
using Crosscheck.Lab.Evaluation.PolNeAR;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>crosscheck eval polnear on a tiny folder in the PolNeAR layout.</summary>
public sealed class EvalPolnearCommandTests : IDisposable
{
    private const string Text = "Officials said the death toll had risen to 40.\n\nMaria Lund believes the bridge will never be finished.\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-polnear-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_write_one_ann_per_article_and_print_the_figures()
    {
        // Given one article with two annotation files: the first in name order is the gold one.
        string data = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "text"));
        Directory.CreateDirectory(Path.Combine(data, "attributions"));
        File.WriteAllText(Path.Combine(data, "text", "art_one.txt"), Text);
        File.WriteAllText(Path.Combine(data, "attributions", "art_one_aaaa.ann"), "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 45\tthe death toll had risen to 40\n");
        File.WriteAllText(Path.Combine(data, "attributions", "art_one_bbbb.ann"), "T1\tSource 48 58\tMaria Lund\n");
        string output = Path.Combine(_dir, "out");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["eval", "polnear", "--data", data, "--out", output], stdout, stderr);

        code.ShouldBe(ExitCodes.Success, stderr.ToString());
        string ann = Path.Combine(output, "art_one.ann");
        File.Exists(ann).ShouldBeTrue();
        BratDocument predicted = BratDocument.Parse(File.ReadAllText(ann));
        predicted.Spans.ShouldContain(s => s.Label == "Cue");
        predicted.Events.ShouldNotBeEmpty();

        // The gold file has 1 Source, 1 Cue and 1 Content: the printed gold counts say it was the one read.
        string printed = stdout.ToString();
        printed.ShouldContain("PolNeAR attribution on 1 articles");
        printed.ShouldMatch(@"Source\s+exact\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+ / \d+ / 1\b");
        printed.ShouldMatch(@"Content\s+overlap\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+\d+ / \d+ / 1\b");
    }

    [Fact]
    public void Should_score_the_gold_as_the_tags_express_it_with_oracle_and_write_the_errors()
    {
        // Given one article whose gold spans the tags can express exactly.
        string data = Path.Combine(_dir, "data");
        Directory.CreateDirectory(Path.Combine(data, "text"));
        Directory.CreateDirectory(Path.Combine(data, "attributions"));
        File.WriteAllText(Path.Combine(data, "text", "art_one.txt"), Text);
        File.WriteAllText(Path.Combine(data, "attributions", "art_one_aaaa.ann"), "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 45\tthe death toll had risen to 40\n");
        string errors = Path.Combine(_dir, "errors.txt");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = CommandLine.Run(["eval", "polnear", "--data", data, "--oracle", "--errors", errors], stdout, stderr);

        // Then every label scores 100 and the error dump lists nothing.
        code.ShouldBe(ExitCodes.Success, stderr.ToString());
        stdout.ToString().ShouldMatch(@"Source\s+exact\s+100\.0\s+100\.0\s+100\.0\s+1 / 1 / 1");
        stdout.ToString().ShouldMatch(@"Content\s+exact\s+100\.0\s+100\.0\s+100\.0\s+1 / 1 / 1");
        File.ReadAllText(errors).ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_missing_data_option()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        CommandLine.Run(["eval", "polnear"], stdout, stderr).ShouldBe(ExitCodes.Usage);
    }
}
