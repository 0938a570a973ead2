using Crosscheck.Annotation;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Tests.Quotes;

/// <summary>Runs the quote extractor on one invented text, as the quote tests need it.</summary>
internal static class QuoteTestDocuments
{
    public static IReadOnlyList<Quote> Extract(string text, IReadOnlyList<EntityMention>? entities = null)
    {
        var doc = new Document { Id = "t", File = "t.txt", Format = SourceFormat.PlainText, Text = text };
        AnnotatedDocument annotated = TextAnnotator.Annotate(doc);
        return new QuoteExtractor().Extract(annotated, new DocumentFindings("t") { Entities = entities ?? [] }).Quotes;
    }

    /// <summary>The one quote whose text contains <paramref name="contains"/>.</summary>
    public static Quote Single(IReadOnlyList<Quote> quotes, string contains) =>
        quotes.Single(q => q.Text.Contains(contains, StringComparison.Ordinal));

    /// <summary>An entity mention of <paramref name="form"/> where it first occurs in <paramref name="text"/>.</summary>
    public static EntityMention Mention(string text, string form, EntityType type) =>
        new("t", new TextSpan(text.IndexOf(form, StringComparison.Ordinal), text.IndexOf(form, StringComparison.Ordinal) + form.Length), form, type, form);
}
