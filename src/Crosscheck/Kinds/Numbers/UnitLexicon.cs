namespace Crosscheck.Kinds.Numbers;

/// <summary>The units of Resources/Numbers/units.txt: forms written after a number ("km", "per cent") or before it ("$").</summary>
internal sealed class UnitLexicon
{
    public static UnitLexicon Default { get; } = Load();

    private UnitLexicon(IReadOnlyList<UnitForm> after, IReadOnlyList<UnitForm> before)
    {
        After = after;
        Before = before;
    }

    /// <summary>Forms written after the number, longest first.</summary>
    public IReadOnlyList<UnitForm> After { get; }

    /// <summary>Forms written before the number (currency symbols), longest first.</summary>
    public IReadOnlyList<UnitForm> Before { get; }

    private static UnitLexicon Load()
    {
        var after = new List<UnitForm>();
        var before = new List<UnitForm>();
        foreach ((string key, string[] words) in NumberResources.ReadEntries("units.txt"))
        {
            string[] parts = key.Split(' ', 2);
            foreach (string w in words)
            {
                if (w.StartsWith('^'))
                {
                    before.Add(new UnitForm(w[1..], parts[1], parts[0]));
                }
                else
                {
                    after.Add(new UnitForm(w, parts[1], parts[0]));
                }
            }
        }

        return new UnitLexicon(
            [.. after.OrderByDescending(f => f.Form.Length)],
            [.. before.OrderByDescending(f => f.Form.Length)]);
    }
}

/// <summary>One written form of a unit.</summary>
/// <param name="Form">As written ("per cent", "$").</param>
/// <param name="Unit">The normalized unit ("%", "USD").</param>
/// <param name="Kind">Its dimension ("percent", "money", "duration", …).</param>
internal sealed record UnitForm(string Form, string Unit, string Kind);
