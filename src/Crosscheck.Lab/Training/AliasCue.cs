namespace Crosscheck.Lab.Training;

/// <summary>How the words before an alias cue must look for the cue to name the preceding name.</summary>
internal enum CueKind
{
    /// <summary>Right after "X," or "X (": "also known as", "formerly known as", "also called", "short for".</summary>
    Appositive,

    /// <summary>After "X, which/that/who" (maybe with a described head between: "X, the group that"): "calls itself", "is also called".</summary>
    Clause,
}

/// <summary>A phrase that introduces another name of the entity named before it.</summary>
internal sealed record AliasCue(string[] Words, CueKind Kind, bool Strong, bool NeedsAcronym = false)
{
    /// <summary>The cues, longest first.</summary>
    public static readonly IReadOnlyList<AliasCue> All = [.. new AliasCue[]
    {
        new(["also", "known", "as"], CueKind.Appositive, false),
        new(["better", "known", "as"], CueKind.Appositive, false),
        new(["otherwise", "known", "as"], CueKind.Appositive, false),
        new(["also", "called"], CueKind.Appositive, false),
        new(["a.k.a"], CueKind.Appositive, false),
        new(["aka"], CueKind.Appositive, false),
        new(["formerly", "known", "as"], CueKind.Appositive, true),
        new(["previously", "known", "as"], CueKind.Appositive, true),
        new(["formerly", "called"], CueKind.Appositive, true),
        new(["short", "for"], CueKind.Appositive, true, NeedsAcronym: true),
        new(["calls", "itself"], CueKind.Clause, true),
        new(["called", "itself"], CueKind.Clause, true),
        new(["call", "themselves"], CueKind.Clause, true),
        new(["calls", "themselves"], CueKind.Clause, true),
        new(["is", "also", "known", "as"], CueKind.Clause, false),
        new(["also", "is", "known", "as"], CueKind.Clause, false),
        new(["is", "also", "called"], CueKind.Clause, false),
        new(["also", "is", "called"], CueKind.Clause, false),
        new(["was", "formerly", "known", "as"], CueKind.Clause, true),
    }.OrderByDescending(c => c.Words.Length)];

    /// <summary>The longest cue starting at token <paramref name="i"/>, or null.</summary>
    public static AliasCue? At(AliasTokens tokens, int i)
    {
        foreach (AliasCue cue in All)
        {
            if (i + cue.Words.Length > tokens.Count)
            {
                continue;
            }

            bool match = true;
            for (int k = 0; k < cue.Words.Length && match; k++)
            {
                match = string.Equals(tokens[i + k], cue.Words[k], StringComparison.OrdinalIgnoreCase) && (k > 0 || !tokens.IsCapitalized(i) || tokens[i] == "AKA");
            }

            if (match)
            {
                return cue;
            }
        }

        return null;
    }
}
