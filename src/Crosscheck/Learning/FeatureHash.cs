namespace Crosscheck.Learning;

/// <summary>A stable 32-bit FNV-1a hash of a feature name and value (stable across runs and platforms, unlike string.GetHashCode).</summary>
internal static class FeatureHash
{
    public static uint Of(string name, string value)
    {
        uint h = 2166136261;
        foreach (char c in name)
        {
            h = (h ^ c) * 16777619;
        }

        h = (h ^ '=') * 16777619;
        foreach (char c in value)
        {
            h = (h ^ c) * 16777619;
        }

        // Final mix so that the low bits (the bucket) depend on every character.
        h ^= h >> 15;
        h *= 0x2c1b3c6d;
        h ^= h >> 12;
        return h;
    }
}
