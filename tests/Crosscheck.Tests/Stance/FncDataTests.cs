using Crosscheck.Cli;
using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class FncDataTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-fnc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_join_stances_to_bodies_in_row_order_with_quoted_fields()
    {
        File.WriteAllText(Path.Combine(_dir, "x_bodies.csv"), "Body ID,articleBody\n7,\"A body, with a comma\nand a second line.\"\n9,Plain body.\n");
        File.WriteAllText(Path.Combine(_dir, "x_stances.csv"), "Headline,Body ID,Stance\n\"Say \"\"no\"\", he said\",9,disagree\nSecond,7,unrelated\n");

        IReadOnlyList<FncPair> pairs = FncData.Read(_dir);

        pairs.Count.ShouldBe(2);
        pairs[0].ShouldBe(new FncPair("Say \"no\", he said", 9, "Plain body.", StanceLabel.Disagree));
        pairs[1].Body.ShouldBe("A body, with a comma\nand a second line.");
        pairs[1].Gold.ShouldBe(StanceLabel.Unrelated);
    }

    [Fact]
    public void Should_read_unlabelled_rows_and_write_the_submission_format()
    {
        File.WriteAllText(Path.Combine(_dir, "test_bodies.csv"), "Body ID,articleBody\n1,Body.\n");
        File.WriteAllText(Path.Combine(_dir, "test_stances_unlabeled.csv"), "Headline,Body ID\n\"Say \"\"no\"\", he said\",1\nPlain,1\n");
        IReadOnlyList<FncPair> pairs = FncData.Read(_dir);

        pairs.Count.ShouldBe(2);
        pairs.ShouldAllBe(p => p.Gold == null);
        EvalFnc1Command.Submission(pairs, [StanceLabel.Agree, StanceLabel.Discuss]).ShouldBe("Headline,Body ID,Stance\n\"Say \"\"no\"\", he said\",1,agree\nPlain,1,discuss\n");
    }

    [Fact]
    public void Should_quote_headlines_as_CSV_needs()
    {
        FncPair[] pairs = [new("Say \"no\", he said", 9, "b", null), new("Plain", 7, "b", null)];

        string csv = EvalFnc1Command.Submission(pairs, [StanceLabel.Disagree, StanceLabel.Unrelated]);

        csv.ShouldBe("Headline,Body ID,Stance\n\"Say \"\"no\"\", he said\",9,disagree\nPlain,7,unrelated\n");
    }

    [Fact]
    public void Should_report_an_unknown_body()
    {
        File.WriteAllText(Path.Combine(_dir, "x_bodies.csv"), "Body ID,articleBody\n1,Body.\n");
        File.WriteAllText(Path.Combine(_dir, "x_stances.csv"), "Headline,Body ID,Stance\nH,2,agree\n");

        Should.Throw<InvalidDataException>(() => FncData.Read(_dir)).Message.ShouldContain("unknown Body ID 2");
    }
}
