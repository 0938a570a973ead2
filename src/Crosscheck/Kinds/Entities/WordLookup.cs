namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Name candidates looked up by word keys (a first word, a last word, a surname) instead of scanned: <see cref="With"/>
/// gives the candidates that have any of the keys, in the order of the list it was built from, so that filtering them
/// with the condition of a scan gives the scan's answer.
/// </summary>
internal sealed class WordLookup
{
    private readonly Dictionary<string, List<(int Index, NameCandidate Candidate)>> _byKey = new(StringComparer.Ordinal);

    public WordLookup(IReadOnlyList<NameCandidate> candidates, Func<NameCandidate, IEnumerable<string>> keys)
    {
        for (int i = 0; i < candidates.Count; i++)
        {
            foreach (string key in keys(candidates[i]).Distinct(StringComparer.Ordinal))
            {
                if (!_byKey.TryGetValue(key, out var list))
                {
                    _byKey[key] = list = [];
                }

                list.Add((i, candidates[i]));
            }
        }
    }

    public IEnumerable<NameCandidate> With(params string[] keys) =>
        keys.Distinct(StringComparer.Ordinal).SelectMany(k => _byKey.GetValueOrDefault(k) ?? []).DistinctBy(x => x.Index).OrderBy(x => x.Index).Select(x => x.Candidate);
}
