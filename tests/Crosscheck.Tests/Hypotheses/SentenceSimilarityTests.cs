using Crosscheck.Annotation;
using Crosscheck.Kinds.Hypotheses;
using Crosscheck.Kinds.Hypotheses.Propositions;
using Crosscheck.Model;
using Crosscheck.Semantics;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>How sentences of a set are compared, and what happens when the encoder cannot be used.</summary>
public sealed class SentenceSimilarityTests
{
    private static IReadOnlyList<PropositionSentence> Sentences(string text)
    {
        var document = new Document { Id = "d1", File = "d1.txt", Format = SourceFormat.PlainText, Text = text };
        AnnotatedDocument annotated = TextAnnotator.Annotate(document);
        var view = new ArticleView(annotated, new DocumentFindings("d1"), new EntityDirectory([]));
        return PropositionReader.Read(view, []);
    }

    [Fact]
    public void Should_compare_by_words_and_say_why_when_the_encoder_fails()
    {
        // Given an encoder that cannot load its model
        var sentences = Sentences("The ferry sank off the northern coast on Monday. The ferry went down off the northern coast. Rain is expected in the capital.");
        IReadOnlyList<float[]> Broken(IReadOnlyList<string> texts) => throw new SentenceEncoderException("model file missing");

        // When the sentences are compared
        var similarity = new SentenceSimilarity(sentences, useEncoder: true, encode: Broken);

        // Then the words still tell the paraphrase from the unrelated sentence, and the problem is named
        similarity.Semantic.ShouldBeFalse();
        similarity.Problem.ShouldNotBeNull();
        similarity.Problem.ShouldContain("model file missing");
        similarity.Similarity(sentences[0], sentences[1]).ShouldBeGreaterThan(similarity.Similarity(sentences[0], sentences[2]));
    }

    [Fact]
    public void Should_find_a_paraphrase_closer_than_a_sentence_on_the_same_subject_with_the_encoder()
    {
        var sentences = Sentences("Border agents caught ten fighters crossing from the south. Ten militants were apprehended while entering the country from the south. The fighters' families live in the south.");

        var similarity = new SentenceSimilarity(sentences);

        similarity.Semantic.ShouldBeTrue();
        similarity.Problem.ShouldBeNull();
        similarity.Similarity(sentences[0], sentences[1]).ShouldBeGreaterThan(similarity.Similarity(sentences[0], sentences[2]));
    }
}
