namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>One quantity of a NewsQuant sentence, as the data set writes it.</summary>
/// <param name="Value">The value as written by the data set: "1500000.0", "0.333…", a range as "a-b" ("252.0-287.0").</param>
/// <param name="Change">How the value bounds the amount or how it moves: "=", "~", "&gt;", "&lt;", "up" or "down".</param>
/// <param name="Unit">The unit as written ("per cent", "$", "miles"), "-" when none.</param>
/// <param name="NormalizedUnit">The unit's normalized name ("percentage", "dollar", "mile"), "-" when none.</param>
public sealed record NewsQuantQuantity(string Value, string Change, string Unit, string NormalizedUnit);

/// <summary>A NewsQuant sentence and its quantities.</summary>
public sealed record NewsQuantSentence(string Text, IReadOnlyList<NewsQuantQuantity> Quantities);
