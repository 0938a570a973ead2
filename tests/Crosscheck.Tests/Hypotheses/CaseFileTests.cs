using Crosscheck.Kinds.Hypotheses.Edits;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

public sealed class CaseFileTests
{
    private const string Full = """
        {
          // comments and trailing commas are allowed
          "hypotheses": {
            "add": ["A rival gang did it", {"id": "mine", "text": "Ignored warnings", "agent": "the ministry", "kind": "cause"}],
            "rename": {"h2": "Norland ordered the bombing"},
            "merge": [["h3", "h4", "h5"]],
            "drop": ["h6"],
          }
        }
        """;

    [Fact]
    public void Should_read_every_kind_of_edit()
    {
        CaseFileResult result = CaseFileReader.Parse(Full, "case.json");

        result.Error.ShouldBeNull();
        HypothesisEditSet set = result.Case!.Hypotheses;
        set.Add.ShouldBe([new HypothesisAddition(null, "A rival gang did it"), new HypothesisAddition("mine", "Ignored warnings", "the ministry", HypothesisKind.Cause)]);
        set.Rename["h2"].ShouldBe("Norland ordered the bombing");
        set.Merge.ShouldHaveSingleItem().ShouldBe(["h3", "h4", "h5"]);
        set.Drop.ShouldBe(["h6"]);
    }

    [Fact]
    public void Should_write_what_it_reads()
    {
        CaseFile read = CaseFileReader.Parse(Full, "case.json").Case!;

        CaseFile again = CaseFileReader.Parse(CaseFileWriter.Write(read), "again.json").Case!;

        again.Hypotheses.Add.ShouldBe(read.Hypotheses.Add);
        again.Hypotheses.Rename.ShouldBe(read.Hypotheses.Rename);
        again.Hypotheses.Merge.Single().ShouldBe(read.Hypotheses.Merge.Single());
        again.Hypotheses.Drop.ShouldBe(read.Hypotheses.Drop);
        CaseFileWriter.Write(CaseFile.Empty).ShouldContain("\"hypotheses\": {}");
    }

    [Theory]
    [InlineData("{\"hypotheses\": {\"add\": [\"x\"]", "case.json: not valid JSON (line 1")]
    [InlineData("{\"hypothesis\": {}}", "case.json: unknown key \"hypothesis\" at the top level (known: \"hypotheses\")")]
    [InlineData("{\"hypotheses\": {\"rename\": [\"h1\"]}}", "case.json: hypotheses.rename should be an object from hypothesis id to its new text")]
    [InlineData("{\"hypotheses\": {\"add\": [{\"id\": \"u1\"}]}}", "case.json: hypotheses.add[0] has no \"text\"")]
    [InlineData("{\"hypotheses\": {\"add\": [{\"text\": \"x\", \"kind\": \"guess\"}]}}", "case.json: hypotheses.add[0].kind: unknown kind \"guess\"")]
    [InlineData("{\"hypotheses\": {\"merge\": [[\"h1\"]]}}", "case.json: hypotheses.merge[0] must list at least two hypotheses")]
    [InlineData("{\"hypotheses\": {\"drop\": [3]}}", "case.json: hypotheses.drop[0] should be a string, not a number")]
    [InlineData("[]", "case.json: the file should be an object")]
    public void Should_name_the_file_and_the_place_of_a_mistake(string json, string expected)
    {
        CaseFileResult result = CaseFileReader.Parse(json, "case.json");

        result.Case.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldStartWith(expected);
    }

    [Fact]
    public void Should_say_which_file_cannot_be_read()
    {
        string missing = Path.Combine(Path.GetTempPath(), "crosscheck-no-such-dir", "crosscheck.case.json");

        CaseFileReader.Read(missing).Error.ShouldNotBeNull().ShouldStartWith(missing + ": cannot read the case file");
    }
}
