using Crosscheck.Lab.Bench;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Bench;

public sealed class SyntheticCorpusTests
{
    private static readonly IReadOnlyList<SourceText> Texts =
    [
        new("one", ["The council voted on Monday to close the old bridge to heavy traffic.", "Engineers said the steel frame showed cracks after the winter floods.", "A replacement is expected to cost about 40 million dollars.", "Residents said the detour would add twenty minutes to their commute."]),
        new("two", ["The harbour authority said three ships were delayed by the fog on Tuesday.", "A spokesman said no one was hurt and the port would reopen by noon.", "Fishermen said the fog was the thickest they had seen in years."]),
        new("three", ["The school board named a new head teacher after a year of interim leadership.", "She said her first task would be to hire more maths teachers.", "Parents welcomed the choice at a meeting on Thursday evening."]),
    ];

    [Fact]
    public void Should_make_the_count_of_distinct_documents_from_the_paragraphs_given()
    {
        // When 40 documents are made from three short texts
        IReadOnlyList<SourceDocument> docs = SyntheticCorpus.Generate(Texts, 40, seed: 7);

        // Then there are 40, all distinct, each made of whole paragraphs of the texts
        docs.Count.ShouldBe(40);
        docs.Select(d => d.Id).Distinct().Count().ShouldBe(40);
        docs.Select(d => d.Text).Distinct().Count().ShouldBe(40);
        var paragraphs = Texts.SelectMany(t => t.Paragraphs).ToHashSet();
        docs.ShouldAllBe(d => d.Text.Split("\n\n", StringSplitOptions.None).All(paragraphs.Contains));
        docs[0].File.ShouldBe("synthetic-000001.txt");
    }

    [Fact]
    public void Should_make_the_same_documents_for_the_same_seed_and_others_for_another()
    {
        string[] first = [.. SyntheticCorpus.Generate(Texts, 10, seed: 3).Select(d => d.Text)];
        string[] again = [.. SyntheticCorpus.Generate(Texts, 10, seed: 3).Select(d => d.Text)];
        string[] other = [.. SyntheticCorpus.Generate(Texts, 10, seed: 4).Select(d => d.Text)];

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    [Fact]
    public void Should_say_when_the_texts_are_too_few_for_the_count()
    {
        IReadOnlyList<SourceText> one = [new("only", ["A single paragraph that is long enough to be kept as one."])];

        Should.Throw<InvalidDataException>(() => SyntheticCorpus.Generate(one, 5, seed: 1)).Message.ShouldContain("too few");
    }
}
