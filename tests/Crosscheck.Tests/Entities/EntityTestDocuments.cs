using Crosscheck.Annotation;
using Crosscheck.Kinds.Entities;
using Crosscheck.Model;

namespace Crosscheck.Tests.Entities;

/// <summary>Builds annotated documents from invented text for unit tests.</summary>
public static class EntityTestDocuments
{
    public static AnnotatedDocument Annotate(string id, string text) =>
        TextAnnotator.Annotate(new Document { Id = id, File = id + ".txt", Format = SourceFormat.PlainText, Text = text });

    public static IReadOnlyList<EntityMention> Mentions(string text) => new EntityExtractor().Find(Annotate("d1", text));
}
