namespace Crosscheck.Tests.Sources;

/// <summary>Loose comparison of source names for the acceptance test ("Brookings Institute" ~ "Brookings Institution").</summary>
public static class SourceNames
{
    private static readonly HashSet<string> Skip = new(StringComparer.Ordinal) { "the", "of", "in", "and" };

    public static bool LooselyEqual(string gold, string found)
    {
        string[] a = Stems(gold), b = Stems(found);
        int common = a.Intersect(b).Count();
        return common > 0 && a[0] == b[0] && common >= Math.Min(2, Math.Min(a.Length, b.Length));
    }

    private static string[] Stems(string name) =>
        [.. name.Replace(".", string.Empty, StringComparison.Ordinal).Replace("(", " ", StringComparison.Ordinal).Replace(")", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Where(w => !Skip.Contains(w)).Select(w => w.Length > 7 ? w[..7] : w)];
}
