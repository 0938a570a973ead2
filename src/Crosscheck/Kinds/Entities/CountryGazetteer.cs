using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Looks up countries by name, official name, alternative spelling, capital or demonym, from
/// Resources/countries.tsv and Resources/country-aliases-extra.tsv. Immutable and thread-safe.
/// </summary>
public sealed class CountryGazetteer
{
    private readonly Dictionary<string, Country> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _byCapital = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Country> _byDemonym = new(StringComparer.Ordinal);

    private CountryGazetteer()
    {
        var byCode = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (string line in Lexicon.Lines("countries.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length < 7)
            {
                continue;
            }

            var country = new Country(f[0], f[3], Split(f[5]), Split(f[6]));
            byCode[country.Code] = country;
            AddName(f[0], country);
            AddName(f[1], country);
            foreach (string alt in Split(f[4]).Where(a => a.Length > 2))
            {
                AddName(alt, country);
            }

            foreach (string capital in country.Capitals)
            {
                _byCapital.TryAdd(Key(capital), country);
            }

            foreach (string demonym in country.Demonyms)
            {
                _byDemonym.TryAdd(Key(demonym), country);
            }
        }

        foreach (string line in Lexicon.Lines("country-aliases-extra.tsv"))
        {
            string[] f = line.Split('\t');
            if (f.Length >= 2 && byCode.TryGetValue(f[1], out Country? country))
            {
                AddName(f[0], country);
            }
        }
    }

    public static CountryGazetteer Instance { get; } = new();

    /// <summary>The country named <paramref name="name"/> (name, official name or alternative spelling).</summary>
    public Country? FindByName(string name) => _byName.GetValueOrDefault(Key(name));

    public Country? FindByCapital(string name) => _byCapital.GetValueOrDefault(Key(name));

    public Country? FindByDemonym(string word) => _byDemonym.GetValueOrDefault(Key(word));

    /// <summary>A country by name or capital.</summary>
    public Country? FindPlace(string name) => FindByName(name) ?? FindByCapital(name);

    public bool IsDemonym(string word) => _byDemonym.ContainsKey(Key(word));

    /// <summary>Lookup key: without dots, a leading "the", case (for names of three letters or more).</summary>
    internal static string Key(string name)
    {
        string s = name.Replace(".", string.Empty, StringComparison.Ordinal).Trim();
        if (s.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..];
        }

        return s.Length <= 3 && s.All(char.IsUpper) ? s : s.ToLowerInvariant();
    }

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private void AddName(string name, Country country) => _byName.TryAdd(Key(name), country);
}
