using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>One FNC-1 row: a headline, the body it is paired with, and the gold stance when known.</summary>
public sealed record FncPair(string Headline, int BodyId, string Body, StanceLabel? Gold);
