using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// World cities of 200,000 people or more (Resources/Entities/cities.tsv), by exact name. Kept apart from
/// <see cref="CountryGazetteer"/> so that a city never stands for, or merges into, its country. Immutable and thread-safe.
/// </summary>
public sealed class CityGazetteer
{
    private readonly Dictionary<string, string> _countryByName = new(StringComparer.Ordinal);

    private CityGazetteer()
    {
        foreach (string line in Lexicon.Lines("Entities/cities.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2)
            {
                _countryByName.TryAdd(f[0], f[1]);
            }
        }
    }

    public static CityGazetteer Instance { get; } = new();

    /// <summary>True when <paramref name="name"/>, exactly as written, is a listed city.</summary>
    public bool IsCity(string name) => _countryByName.ContainsKey(name);

    /// <summary>The ISO 3166-1 alpha-2 code of the city's country, or null when the name is not a listed city.</summary>
    public string? CountryCodeOf(string name) => _countryByName.GetValueOrDefault(name);
}
