namespace Crosscheck.Lab.Evaluation;

/// <summary>One measured figure of a case evaluation: how many of how many, and the target.</summary>
public sealed record Figure(string Name, int Got, int Of, int Target, bool AtMost = false)
{
    public bool Met => AtMost ? Got <= Target : Got >= Target;

    public override string ToString() =>
        $"{Name,-44} {Got,3} / {Of,-3} (target {(AtMost ? "≤" : "≥")} {Target}) {(Met ? "ok" : "MISSED")}";
}

/// <summary>The figures of a case evaluation, with notes on each miss.</summary>
public sealed record CaseScore(IReadOnlyList<Figure> Figures, IReadOnlyList<string> Misses)
{
    public bool AllMet => Figures.All(f => f.Met);
}
