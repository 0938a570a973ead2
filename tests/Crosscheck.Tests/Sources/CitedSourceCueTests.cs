using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Sources;
using Crosscheck.Model;
using Crosscheck.Tests.Entities;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Sources;

public sealed class CitedSourceCueTests
{
    private static IReadOnlyList<CitedSource> Sources(string text)
    {
        AnnotatedDocument doc = EntityTestDocuments.Annotate("d1", text);
        return new CitedSourceExtractor().Extract(doc, new EntityExtractor().Extract(doc, new DocumentFindings(doc.Id))).CitedSources;
    }

    [Fact]
    public void Should_keep_the_leading_word_of_a_source_name_at_a_sentence_start()
    {
        IReadOnlyList<CitedSource> sources = Sources("The village was shelled twice. Civic Rights Watch reported that nine homes burned.");
        sources.Select(s => s.Name).ShouldContain("Civic Rights Watch");
        sources.ShouldNotContain(s => s.Name == "Rights Watch");
    }

    [Fact]
    public void Should_record_the_outlet_of_a_writer_who_posted_on_a_platform()
    {
        IReadOnlyList<CitedSource> sources = Sources("Anna Ferrow of the Herald and Mail wrote on Twitter that the mayor had resigned. The Herald and Mail reported it first.");
        sources.Select(s => s.Name).ShouldContain("Twitter");
        sources.Select(s => s.Name).ShouldContain(n => n == "Herald and Mail");
        sources.ShouldNotContain(s => s.Name == "Mail");
    }

    [Fact]
    public void Should_not_cite_a_company_announcing_its_product()
    {
        IReadOnlyList<CitedSource> sources = Sources(
            "Zentrix unveiled the Zentrix Watch on Tuesday. Zentrix revealed few details about battery life.");
        sources.ShouldNotContain(s => s.Name.StartsWith("Zentrix", StringComparison.Ordinal));
    }
}
