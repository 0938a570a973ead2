using Crosscheck.Lab.Evaluation.TempEval;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.TempEval;

public sealed class TimeMLReaderWriterTests
{
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>X1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-13" temporalFunction="false" functionInDocument="CREATION_TIME">02/13/1998</TIMEX3></DCT>
        <TEXT>
        Shares <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-12">Thursday</TIMEX3> at AT&amp;T <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
        </TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t1"/>
        </TimeML>
        """;

    [Fact]
    public void Should_read_the_plain_text_with_timex_offsets_and_the_creation_time()
    {
        TimeMLDocument d = TimeMLReader.Parse(Sample, "x.tml");

        d.Text.ShouldBe("\nShares fell Thursday at AT&T for two days.\n");
        d.CreationTime.ShouldBe(new PartialDate(1998, 2, 13));
        d.Timexes.Count.ShouldBe(2);
        d.Text[d.Timexes[0].Start..d.Timexes[0].End].ShouldBe("Thursday");
        d.Timexes[0].ShouldBe(new Timex(13, 21, "DATE", "1998-02-12", "t1"));
        d.Text[d.Timexes[1].Start..d.Timexes[1].End].ShouldBe("two days");
        d.Timexes[1].Type.ShouldBe("DURATION");
    }

    [Fact]
    public void Should_write_our_timexes_so_that_reading_gives_them_back()
    {
        TimeMLDocument d = TimeMLReader.Parse(Sample, "x.tml");
        Timex[] ours = [new(13, 21, "DATE", "1998-02-12"), new(34, 42, "DURATION", "P2D")];

        string written = Timex3Writer.Write(d, ours);
        TimeMLDocument back = TimeMLReader.Parse(written, "x.tml");

        back.Text.ShouldBe(d.Text);
        back.CreationTime.ShouldBe(d.CreationTime);
        back.Timexes.Select(t => (t.Start, t.End, t.Type, t.Value)).ShouldBe([(13, 21, "DATE", "1998-02-12"), (34, 42, "DURATION", "P2D")]);
        written.ShouldContain("AT&amp;T");
        written.ShouldNotContain("<EVENT");
        written.ShouldNotContain("<TLINK");
        written.ShouldContain("functionInDocument=\"CREATION_TIME\"");
    }

    [Fact]
    public void Should_refuse_a_file_without_text()
    {
        Should.Throw<FormatException>(() => TimeMLReader.Parse("<TimeML><DCT></DCT></TimeML>", "bad.tml"));
    }
}
