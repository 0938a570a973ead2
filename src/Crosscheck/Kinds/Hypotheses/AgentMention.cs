using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>
/// A mention that can be an agent or a holder: a named entity of the set index, a demonym standing for
/// its country ("Peruvian officials"), or a personal pronoun resolved to the person it stands for.
/// </summary>
/// <param name="Key">The entity index id, or "country:Name" for a country the index does not list.</param>
/// <param name="Name">The entity's canonical name.</param>
internal sealed record AgentMention(TextSpan Span, string Key, string Name, EntityType Type, bool IsPronoun);
