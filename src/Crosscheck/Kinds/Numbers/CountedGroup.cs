namespace Crosscheck.Kinds.Numbers;

/// <summary>The group a count counts: <paramref name="Label"/> ("us soldiers", "gunmen", "" for people in general),
/// and whether the text gives it as part of a larger count ("including four gunmen", "of whom six were children").</summary>
public sealed record CountedGroup(string Label, bool IsSubset)
{
    /// <summary>Two counts with different keys count different groups.</summary>
    public string Key => IsSubset ? "part: " + Name : Label;

    /// <summary>A readable name of the group ("people" for a plain count).</summary>
    public string Name => Label.Length == 0 ? "people" : Label;

    public override string ToString() => IsSubset ? $"{Name}, part of a larger count" : Name;
}
