using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses;

/// <summary>Whose statement a cue is in: the holder (null for the author), and where the holder's words begin.</summary>
internal sealed record Frame(AgentMention? Holder, string? HolderName, bool Attributed, int ScopeStart)
{
    public static Frame Author(int sentenceStart) => new(null, null, false, sentenceStart);
}
