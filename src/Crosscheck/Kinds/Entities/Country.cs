namespace Crosscheck.Kinds.Entities;

/// <summary>A country of the gazetteer (world-countries data): its common name, ISO code, capitals and demonyms.</summary>
public sealed record Country(string Name, string Code, IReadOnlyList<string> Capitals, IReadOnlyList<string> Demonyms);
