namespace Crosscheck.Kinds.Numbers;

/// <summary>Where a cue stands relative to the number it classifies (see Resources/Numbers/measures.txt).</summary>
internal enum MeasureRole
{
    /// <summary>A verb just before the number: "killed 60".</summary>
    Before,

    /// <summary>A noun and "of" just before the number: "the death of 139".</summary>
    Of,

    /// <summary>A noun before "toll"/"count" a few words before the number: "the death toll stood at 133".</summary>
    Toll,

    /// <summary>The word right after the number: "claimed 334 lives".</summary>
    Object,

    /// <summary>A predicate after the counted noun phrase: "60 people were killed".</summary>
    After,

    /// <summary>The counted noun: "four gunmen".</summary>
    Noun,

    /// <summary>A verb of a relative clause after the counted noun: "who had flocked".</summary>
    Who,

    /// <summary>A longer phrase that does not give the measure its first words give: "caught in" (trapped, not arrested).</summary>
    Block,
}
