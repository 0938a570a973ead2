using Crosscheck.Model;

namespace Crosscheck.Kinds.Entities;

/// <summary>How sure the classification of a candidate is.</summary>
internal enum Evidence
{
    /// <summary>Nothing but the default.</summary>
    None,

    /// <summary>A context cue ("in X" → place, "X said" → person).</summary>
    Cue,

    /// <summary>A gazetteer, a title, a first name, a head word or an acronym.</summary>
    Lexicon,
}

/// <summary>A classified name in one document, before in-document resolution.</summary>
/// <param name="Span">The mention: the name with a title or country adjective before it ("Canadian Prime Minister Robert Oakes").</param>
/// <param name="Name">The name alone, without title, "the" or possessive ("Robert Oakes").</param>
/// <param name="Words">The words of <paramref name="Name"/>.</param>
internal sealed record NameCandidate(TextSpan Span, TextSpan NameSpan, string Name, IReadOnlyList<string> Words, EntityType Type, Evidence Evidence)
{
    public bool IsAcronym => Words.Count == 1 && EntityLexicon.IsAcronym(Words[0]);

    /// <summary>A name standing for a country by metonymy ("French government"): its canonical is fixed.</summary>
    public string? FixedCanonical { get; init; }

    /// <summary>A lone head word ("Times", "Ministry"): kept only if it resolves to a fuller name.</summary>
    public bool NeedsResolution { get; init; }
}
