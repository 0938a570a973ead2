using Crosscheck.Model;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// A capitalized name phrase outside quote marks ("French President Anne Moreau", "the US Embassy in Lisbon").
/// </summary>
/// <param name="First">Index of its first token (after leading function words) in the document's token list.</param>
/// <param name="Last">Index of its last token, inclusive.</param>
/// <param name="Name">The name itself: titles and a trailing possessive removed ("Anne Moreau").</param>
/// <param name="Possessive">True when the phrase ends in a possessive ("Moreau’s").</param>
/// <param name="Titled">True when a title or role was removed ("President", "Gen.").</param>
/// <param name="IsOrganization">True when a head word marks an organization or outlet ("Committee", "Times").</param>
internal sealed record NamePhrase(int First, int Last, TextSpan Span, string Name, bool Possessive, bool Titled, bool IsOrganization)
{
    public string[] Words { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
