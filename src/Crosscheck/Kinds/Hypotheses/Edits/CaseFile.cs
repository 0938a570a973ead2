using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>
/// The user's edits to a case, read from <c>crosscheck.case.json</c> (see docs/case-file.md) and from the command
/// line (<c>--hypothesis</c>). Later runs on the same folder reuse them.
/// </summary>
public sealed record CaseFile(HypothesisEditSet Hypotheses)
{
    public const string DefaultName = Model.CaseFiles.CaseFileName;

    public static CaseFile Empty { get; } = new(HypothesisEditSet.Empty);

    public bool IsEmpty => Hypotheses.IsEmpty;

    /// <summary>
    /// This case with the hypotheses <paramref name="texts"/> added (texts it already adds are skipped), each with
    /// the next free id "u1", "u2", … so that a saved case file gives them the same ids on the next run.
    /// </summary>
    public CaseFile WithAdded(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var add = new List<HypothesisAddition>(Hypotheses.Add);
        foreach (string raw in texts)
        {
            string text = raw.Trim();
            if (text.Length == 0 || add.Any(a => string.Equals(a.Text, text, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            add.Add(new HypothesisAddition(HypothesisEdits.NextUserId(add.Select(a => a.Id).OfType<string>()), text));
        }

        return this with { Hypotheses = Hypotheses with { Add = add } };
    }
}

/// <summary>Edits to the hypotheses: applied in the order merge, rename, drop, add (see <see cref="HypothesisEdits"/>).</summary>
/// <param name="Add">Hypotheses the user adds.</param>
/// <param name="Rename">Hypothesis id (or its text) → new text.</param>
/// <param name="Merge">Groups of hypotheses to fold into one: the first is kept, the stances of the others move to it.</param>
/// <param name="Drop">Hypotheses to leave out, with their stances.</param>
public sealed record HypothesisEditSet(
    IReadOnlyList<HypothesisAddition> Add,
    IReadOnlyDictionary<string, string> Rename,
    IReadOnlyList<IReadOnlyList<string>> Merge,
    IReadOnlyList<string> Drop)
{
    public static HypothesisEditSet Empty { get; } = new([], new Dictionary<string, string>(), [], []);

    public bool IsEmpty => Add.Count == 0 && Rename.Count == 0 && Merge.Count == 0 && Drop.Count == 0;
}

/// <summary>A hypothesis the user adds.</summary>
/// <param name="Id">Its id, or null for the next free "u1", "u2", ….</param>
/// <param name="Text">The hypothesis as a sentence: "Group X carried out the attack".</param>
/// <param name="Agent">The agent or cause it names; null to find it in the text with the entity index.</param>
/// <param name="Kind">The kind; null to guess it from the text (a cause when it has cause words, else a user hypothesis).</param>
public sealed record HypothesisAddition(string? Id, string Text, string? Agent = null, HypothesisKind? Kind = null);
