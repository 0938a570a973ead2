namespace Crosscheck.Kinds.Numbers;

/// <summary>The cues of Resources/Numbers/measures.txt: for each role, a cue (one or two words) → measure.</summary>
internal sealed class MeasureLexicon
{
    private readonly Dictionary<(MeasureRole, string), string> _cues;

    private MeasureLexicon(Dictionary<(MeasureRole, string), string> cues) => _cues = cues;

    public static MeasureLexicon Default { get; } = Load();

    /// <summary>The measure a cue gives in a role, or null. Two-word cues are looked up with a single space.</summary>
    public string? Lookup(MeasureRole role, string cue) => _cues.GetValueOrDefault((role, cue.ToLowerInvariant()));

    private static MeasureLexicon Load()
    {
        var cues = new Dictionary<(MeasureRole, string), string>();
        foreach ((string key, string[] words) in NumberResources.ReadEntries("measures.txt"))
        {
            string[] parts = key.Split(' ', 2);
            MeasureRole role = Enum.Parse<MeasureRole>(parts[1], ignoreCase: true);
            foreach (string w in words)
            {
                cues.TryAdd((role, w.ToLowerInvariant()), parts[0]);
            }
        }

        return new MeasureLexicon(cues);
    }
}
