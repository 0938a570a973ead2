namespace Crosscheck.Kinds.Numbers;

/// <summary>The event nouns of Resources/Numbers/events.txt ("attack", "bombings", "siege").</summary>
internal static class EventLexicon
{
    private static readonly HashSet<string> Words = new(NumberResources.ReadWords("events.txt"), StringComparer.OrdinalIgnoreCase);

    public static bool IsEvent(string word) => Words.Contains(word);
}
