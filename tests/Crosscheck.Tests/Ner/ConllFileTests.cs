using Crosscheck.Lab.Evaluation.Conll;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ner;

/// <summary>Reading a CoNLL-2003 file into documents and sentences, and writing it back with a predicted column.</summary>
public sealed class ConllFileTests
{
    private static readonly string[] Lines =
    [
        "-DOCSTART- -X- O O",
        "",
        "Acme NNP I-NP I-ORG",
        "hired VBD I-VP O",
        "Lund NNP I-NP I-PER",
        "",
        "-DOCSTART- -X- O O",
        "",
        "OSLO NNP I-NP I-LOC",
        "",
    ];

    [Fact]
    public void Should_split_documents_at_docstart_and_sentences_at_blank_lines()
    {
        ConllFile file = ConllFile.Parse(Lines);

        file.Documents.Count.ShouldBe(2);
        file.Documents[0].Words.ShouldHaveSingleItem().ShouldBe(["Acme", "hired", "Lund"]);
        file.Documents[0].Sentences[0].Select(t => t.Tag).ShouldBe(["I-ORG", "O", "I-PER"]);
        file.Documents[1].Sentences[0].ShouldHaveSingleItem().ShouldBe(new ConllToken(8, "OSLO", "I-LOC"));
    }

    [Fact]
    public void Should_write_every_line_with_the_prediction_last()
    {
        ConllFile file = ConllFile.Parse(Lines);

        string[] written = [.. file.WithPredictions(new Dictionary<int, string> { [2] = "I-ORG", [4] = "I-LOC", [8] = "I-LOC" })];

        written.Length.ShouldBe(Lines.Length);
        written[0].ShouldBe("-DOCSTART- -X- O O O");
        written[1].ShouldBe("");
        written[3].ShouldBe("hired VBD I-VP O O");
        written[4].ShouldBe("Lund NNP I-NP I-PER I-LOC");
    }
}
