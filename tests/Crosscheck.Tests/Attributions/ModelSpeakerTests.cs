using Crosscheck.Annotation;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Attributions;

/// <summary>The quote extractor takes a speaker from the learned attributions when its rules find none.</summary>
public sealed class ModelSpeakerTests
{
    private const string Text = "The video ends abruptly. “Nobody will talk to them,” the man in the video goes on, unprompted.";

    private static IReadOnlyList<Quote> Extract(string? source)
    {
        int quoteStart = Text.IndexOf('“', StringComparison.Ordinal);
        int quoteEnd = Text.IndexOf('”', StringComparison.Ordinal) + 1;
        int sourceStart = Text.IndexOf("the man in the video", StringComparison.Ordinal);
        int cueStart = Text.IndexOf("goes on", StringComparison.Ordinal);
        var relation = new AttributionRelation(
            "t", new TextSpan(quoteStart, cueStart + 7), source, source is null ? null : new TextSpan(sourceStart, sourceStart + source.Length),
            "goes on", new TextSpan(cueStart, cueStart + 7), "“Nobody will talk to them,”", [new TextSpan(quoteStart, quoteEnd)]);
        AnnotatedDocument doc = TextAnnotator.Annotate(new Document { Id = "t", File = "t.txt", Format = SourceFormat.PlainText, Text = Text });
        return new QuoteExtractor().Extract(doc, new DocumentFindings("t") { Attributions = [relation] }).Quotes;
    }

    [Fact]
    public void Should_take_the_speaker_of_an_attribution_whose_content_covers_the_quote()
    {
        // Given no speech verb the rules know ("goes on"), only the tagger's attribution names the speaker.
        Quote q = Extract("the man in the video").ShouldHaveSingleItem();

        q.Speaker.ShouldBe("the man in the video");
        q.SpeakerSpan.ShouldBe(new TextSpan(Text.IndexOf("the man", StringComparison.Ordinal), Text.IndexOf(" goes", StringComparison.Ordinal)));
        q.Cue.ShouldBe("goes on");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("he")]
    public void Should_not_take_a_missing_or_pronoun_source(string? source)
    {
        Extract(source).ShouldHaveSingleItem().Speaker.ShouldBeNull();
    }

    [Fact]
    public void Should_name_the_speaker_not_the_possessor_in_the_source()
    {
        // Given a source "Roe’s father, John," holding two person mentions, the first a possessor.
        const string text = "The video ends abruptly. “Nobody will talk to them,” Roe’s father, John, goes on, unprompted.";
        const string source = "Roe’s father, John,";
        int quoteStart = text.IndexOf('“', StringComparison.Ordinal);
        int quoteEnd = text.IndexOf('”', StringComparison.Ordinal) + 1;
        int sourceStart = text.IndexOf(source, StringComparison.Ordinal);
        int cueStart = text.IndexOf("goes on", StringComparison.Ordinal);
        int john = text.IndexOf("John", StringComparison.Ordinal);
        var relation = new AttributionRelation(
            "t", new TextSpan(quoteStart, cueStart + 7), source, new TextSpan(sourceStart, sourceStart + source.Length),
            "goes on", new TextSpan(cueStart, cueStart + 7), "“Nobody will talk to them,”", [new TextSpan(quoteStart, quoteEnd)]);
        EntityMention[] entities =
        [
            new("t", new TextSpan(sourceStart, sourceStart + 3), "Roe", EntityType.Person, "Jane Roe"),
            new("t", new TextSpan(john, john + 4), "John", EntityType.Person, "John Roe"),
        ];
        AnnotatedDocument doc = TextAnnotator.Annotate(new Document { Id = "t", File = "t.txt", Format = SourceFormat.PlainText, Text = text });

        // When the quote extractor takes the speaker from the attribution.
        Quote q = new QuoteExtractor().Extract(doc, new DocumentFindings("t") { Attributions = [relation], Entities = entities }).Quotes.ShouldHaveSingleItem();

        // Then it is the father, by his entity's name.
        q.Speaker.ShouldBe("John Roe");
    }
}
