namespace Crosscheck.Lab.Evaluation.TempEval;

/// <summary>
/// One TIMEX3 of a TimeML document: its characters [Start, End) in the plain text of &lt;TEXT&gt;, its type
/// ("DATE", "TIME", "DURATION", "SET") and its value ("1998-02-13", "P5Y", "PAST_REF").
/// </summary>
public sealed record Timex(int Start, int End, string Type, string Value, string Tid = "")
{
    public bool Overlaps(Timex other) => Start < other.End && other.Start < End;

    public bool SameExtent(Timex other) => Start == other.Start && End == other.End;
}
