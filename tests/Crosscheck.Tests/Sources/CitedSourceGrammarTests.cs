using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Sources;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Sources;

/// <summary>Cited sources found by the grammar of attribution (invented sentences; no name of a real story).</summary>
public sealed class CitedSourceGrammarTests
{
    private static IReadOnlyList<CitedSource> Sources(string text)
    {
        AnnotatedDocument doc = Entities.EntityTestDocuments.Annotate("d1", text);
        return new CitedSourceExtractor().Extract(doc, new EntityExtractor().Extract(doc, new DocumentFindings(doc.Id))).CitedSources;
    }

    public static TheoryData<string, string> Found => new()
    {
        // the addressee of telling, also with the outlet's reporter, and a second outlet joined by "and"
        { "The farmer told the Harbour Courier that the dam had burst.", "Harbour Courier" },
        { "Mr. Brandt later told Quillcast's Nora Pell that the money was gone.", "Quillcast" },
        { "The mayor told Northwind Radio and the Harbor Ledger that nobody was hurt.", "Harbor Ledger" },
        { "She gave her comments to the Lakeside Herald on Monday.", "Lakeside Herald" },
        { "His agent later dismissed the story to the Coast Telegraph.", "Coast Telegraph" },
        // the publisher of a document
        { "In an interview posted on the site Zembla on Friday, the driver described the crash.", "Zembla" },
        { "According to a report from UK publication The Morning Lantern, the deal was worth millions.", "Morning Lantern" },
        { "A statement on the Farland health ministry's website said the clinic had closed.", "Farland health ministry" },
        { "The boy was profiled by Pennyworth Weekly last year.", "Pennyworth Weekly" },
        { "The figures appeared in an exclusive Quillcast interview on Tuesday.", "Quillcast" },
        // a body or outlet as the subject of saying or reporting
        { "The Ostrava Ministry of Water said in a statement that 40 homes were flooded.", "Ostrava Ministry of Water" },
        { "Crops were lost, the Farland defence ministry also confirmed.", "Farland defence ministry" },
        { "Varn police said the road was closed for a week.", "Varn police" },
        { "The Office of Rural Affairs (ORA) maintained that no warning was given.", "Office of Rural Affairs (ORA)" },
        { "But now Quillcast is reporting that the figure was invented.", "Quillcast" },
        { "As FactBeacon notes, the photo was taken years earlier.", "FactBeacon" },
        { "Brenner's Zeitung, citing two officials, reported that the talks had failed.", "Zeitung" },
        // people who speak for a body or an office, or who saw the event
        { "Farland civil defence spokesman Omar Haddad warned that more rain was coming.", "Farland civil defence" },
        { "Lena Ortiz, head of the Varn water authority, said the levels were falling.", "Varn water authority" },
        { "Farland Defence Secretary Jan Roe confirmed the raid on Sunday.", "Farland Defence Secretary" },
        { "Gil Mora, state prosecutor, said 12 bodies had been found.", "state prosecutor" },
        { "A spokesperson for the Bureau of Mines said the shaft was safe.", "Bureau of Mines" },
        { "The river was poisoned, Farland's attorney general said on Monday.", "Farland's attorney general" },
        { "An eyewitness named Peter Volkov claims he saw the car leave.", "Peter Volkov" },
        { "The singer's publicist called the report \"nonsense\".", "singer's publicist" },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Should_find_the_source_the_grammar_names(string text, string expected)
    {
        Sources(text).Select(s => s.Name).ShouldContain(expected);
    }

    public static TheoryData<string, string> NotFound => new()
    {
        // a person told, a place, an anonymous source, a credit line, a claim about a group
        { "The farmer told Anna Kowalski that the dam had burst.", "Anna Kowalski" },
        { "The minister said he would travel to Lisbon on Monday.", "Lisbon" },
        { "A senior Farland official told reporters the talks had failed.", "Farland" },
        // a spokesman speaks for the body: the body is the source, not the private person
        { "Farland civil defence spokesman Omar Haddad warned that more rain was coming.", "Omar Haddad" },
        { "The minister said the talks had failed.", "minister" },
        { "\"We do not comment,\" Farland Army spokesman Army Col. Jan Roe said in a statement.", "Army Col. Jan Roe" },
        { "A senior Farland defense official told the Harbour Courier the men were still held.", "Farland defense" },
        { "Additional reporting by Tom Reed.", "Additional" },
        { "He said people with ties to the Red Hand had crossed the border.", "Red Hand" },
        { "Insiders say the Velo Insider story was wrong, the coach told reporters.", "reporters" },
    };

    [Theory]
    [MemberData(nameof(NotFound))]
    public void Should_not_take_a_person_place_or_anonymous_source(string text, string unexpected)
    {
        Sources(text).ShouldNotContain(s => s.Name == unexpected);
    }
}
