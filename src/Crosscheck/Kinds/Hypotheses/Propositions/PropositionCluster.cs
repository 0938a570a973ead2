namespace Crosscheck.Kinds.Hypotheses.Propositions;

/// <summary>
/// A proposition several articles of the set bear on: its representative sentence (the one closest to what the
/// others say) and the sentences that state it, deny it or doubt it.
/// </summary>
/// <param name="Id">The hypothesis id it becomes.</param>
/// <param name="Representative">The sentence whose words name the proposition.</param>
/// <param name="Members">Every sentence that states it (for a denial: that denies the claim it opposes).</param>
/// <param name="Opposes">For a denial, the id of the claim it denies; else null.</param>
internal sealed record PropositionCluster(string Id, PropositionSentence Representative, IReadOnlyList<PropositionSentence> Members, string? Opposes)
{
    public bool IsDenial => Opposes is not null;
}
