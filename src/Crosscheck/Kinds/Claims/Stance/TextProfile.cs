namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>What the featurizer needs of one text (a headline or a body), computed once per distinct text.</summary>
internal sealed class TextProfile
{
    public required List<string> Words { get; init; }

    /// <summary>Content words (no stop words) with their counts.</summary>
    public required Dictionary<string, int> Counts { get; init; }

    /// <summary>L2-normalized TF-IDF weights of the content words.</summary>
    public required Dictionary<string, float> TfIdf { get; init; }

    /// <summary>Word bigrams and trigrams (all words, stop words included).</summary>
    public required HashSet<string> NGrams { get; init; }

    /// <summary>The sentences, each with its own profile, in order (empty for a headline).</summary>
    public required List<SentenceProfile> Sentences { get; init; }

    /// <summary>The sentence vector of a headline (null for a body, or without the encoder features).</summary>
    public float[]? Vector { get; init; }
}

/// <summary>A body sentence: its TF-IDF vector, its cue counts and (with the encoder features) its sentence vector.</summary>
internal sealed record SentenceProfile(Dictionary<string, float> TfIdf, int Refuting, int Hedging, int Supporting, int Negation)
{
    public float[]? Vector { get; init; }
}
