namespace Crosscheck.Lab.Training;

/// <summary>
/// Names that one sentence states to be one entity ("X, also known as Y or Z"). <paramref name="Strong"/> when the
/// pattern leaves no doubt on its own: a name the entity calls itself, a former name, or an acronym whose letters are
/// the initials of the long name.
/// </summary>
public sealed record AliasStatement(IReadOnlyList<string> Names, bool Strong);
