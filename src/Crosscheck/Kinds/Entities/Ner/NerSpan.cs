namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>A named entity found by the tagger: tokens <see cref="Start"/> to <see cref="End"/> (exclusive) of one sentence, and its CoNLL type (PER, ORG, LOC, MISC).</summary>
public sealed record NerSpan(int Start, int End, string Type);
