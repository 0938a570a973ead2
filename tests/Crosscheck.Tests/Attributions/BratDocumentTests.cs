using Crosscheck.Lab.Evaluation.PolNeAR;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>Reading and writing brat stand-off files.</summary>
public sealed class BratDocumentTests
{
    private const string Text = "“We will,” he said, “win.”\nOfficials said the toll rose.";

    [Fact]
    public void Should_read_spans_events_and_discontinuous_fragments()
    {
        // Given a PolNeAR-like file with a note line, a discontinuous content and an event.
        string ann = "T1\tContent 1 8;21 25\tWe will win.\nT2\tSource 11 13\the\nT3\tCue 14 18\tsaid\n"
            + "T4\tAttribution 14 18\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n#1\tAnnotatorNotes T1\tnote\n";

        BratDocument doc = BratDocument.Parse(ann);

        doc.Spans.Count.ShouldBe(4);
        doc.Spans[0].Label.ShouldBe("Content");
        doc.Spans[0].Fragments.ShouldBe([new TextSpan(1, 8), new TextSpan(21, 25)]);
        doc.Events.Single().Type.ShouldBe("Attribution");
        doc.Events.Single().Trigger.ShouldBe("T4");
        doc.Events.Single().Arguments.ShouldContain(new KeyValuePair<string, string>("Source", "T2"));
    }

    [Fact]
    public void Should_give_back_the_same_annotations_after_a_round_trip()
    {
        var doc = new BratDocument(
            [
                new BratSpan("T1", "Content", [new TextSpan(1, 8), new TextSpan(21, 25)]),
                new BratSpan("T2", "Source", [new TextSpan(27, 36)]),
                new BratSpan("T3", "Cue", [new TextSpan(37, 41)]),
            ],
            [new BratEvent("E1", "Attribution", "T3", [new("Content", "T1"), new("Source", "T2")])]);

        string written = doc.Format(Text);
        BratDocument back = BratDocument.Parse(written);

        written.ShouldContain("T1\tContent 1 8;21 25\tWe will win.");
        written.ShouldContain("T2\tSource 27 36\tOfficials");
        back.Spans.Select(s => (s.Id, s.Label, string.Join(";", s.Fragments))).ShouldBe(doc.Spans.Select(s => (s.Id, s.Label, string.Join(";", s.Fragments))));
        back.Events.Single().Arguments.ShouldBe(doc.Events.Single().Arguments);
    }
}
