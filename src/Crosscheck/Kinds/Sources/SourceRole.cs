namespace Crosscheck.Kinds.Sources;

/// <summary>How a role noun ties the person who holds it to a cited source (Resources/Sources/source-roles.txt).</summary>
internal enum SourceRole
{
    /// <summary>Speaks for a body: the body ("a ministry spokesman", "spokesman for the council") and the named person.</summary>
    Spokes,

    /// <summary>Holds an office: the named person, or the office itself ("the state prosecutor").</summary>
    Office,

    /// <summary>Saw what is told: the named person.</summary>
    Witness,
}
