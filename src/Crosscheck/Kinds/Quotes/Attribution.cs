namespace Crosscheck.Kinds.Quotes;

internal enum SpeakerForm
{
    /// <summary>A name phrase.</summary>
    Name,

    /// <summary>A personal pronoun standing for someone named earlier.</summary>
    Pronoun,

    /// <summary>A definite role noun phrase ("the president") standing for someone named earlier.</summary>
    Nominal,

    /// <summary>An indefinite noun phrase ("an official"): a speaker without a name.</summary>
    Unnamed,
}

/// <summary>Where a speaker is written: tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct SpeakerRef(int First, int Last, SpeakerForm Form, int Phrase);

/// <summary>A speech cue found for a quote and the speaker it points to.</summary>
/// <param name="Adjacent">True when the cue stands right by the quote ("spoke of the “…”", "“…,” X said").</param>
internal sealed record Attribution(SpeakerRef? Speaker, int CueFirst, int CueLast, bool Adjacent);
