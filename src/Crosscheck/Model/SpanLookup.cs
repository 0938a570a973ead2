namespace Crosscheck.Model;

/// <summary>
/// Items with a span (entity mentions, candidates) looked up by position instead of scanned: <see cref="Near"/> gives the
/// items that start within a range of the text, in the order of the list it was built from, so that a query keeps the
/// answer of a scan of the whole list with the same condition. Immutable; building is O(n log n), a query O(log n + k).
/// </summary>
public sealed class SpanLookup<T>
{
    private readonly (int Start, int Index, T Item)[] _byStart;

    public SpanLookup(IReadOnlyList<T> items, Func<T, TextSpan> span)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(span);
        _byStart = [.. items.Select((item, i) => (span(item).Start, i, item)).OrderBy(x => x.Start).ThenBy(x => x.i)];
        MaxLength = items.Count == 0 ? 0 : items.Max(i => span(i).Length);
    }

    /// <summary>The longest span: an item that overlaps a position starts at most this far before it.</summary>
    public int MaxLength { get; }

    /// <summary>The items whose span starts in [<paramref name="from"/>, <paramref name="to"/>], in list order.</summary>
    public IEnumerable<T> StartingIn(int from, int to)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_byStart[mid].Start < from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var found = new List<(int Index, T Item)>();
        for (int i = lo; i < _byStart.Length && _byStart[i].Start <= to; i++)
        {
            found.Add((_byStart[i].Index, _byStart[i].Item));
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found.Select(x => x.Item);
    }

    /// <summary>The items that may touch [<paramref name="from"/>, <paramref name="to"/>]: every item overlapping or inside it, and some near it; in list order.</summary>
    public IEnumerable<T> Near(int from, int to) => StartingIn(from - MaxLength, to);
}
