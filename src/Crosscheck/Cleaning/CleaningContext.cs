using Crosscheck.Model;

namespace Crosscheck.Cleaning;

/// <summary>
/// The working state of cleaning one document: its lines, the role decided for each line (with the
/// rule that decided it) and the metadata found so far. Mutable on purpose, and private to one
/// <see cref="DocumentCleaner.Clean"/> call for one document.
/// </summary>
internal sealed class CleaningContext
{
    private readonly LineRole[] _roles;
    private readonly string?[] _reasons;
    private readonly int[] _rank;

    public CleaningContext(SourceDocument source, IReadOnlyList<SourceLine> lines, IReadOnlySet<string> repeatedKeys)
    {
        Source = source;
        Lines = lines;
        RepeatedKeys = repeatedKeys;
        _roles = lines.Select(l => l.IsBlank ? LineRole.Blank : LineRole.Body).ToArray();
        _reasons = new string?[lines.Count];
        _rank = new int[lines.Count];
        for (int i = 0, seen = 0; i < lines.Count; i++)
        {
            _rank[i] = seen;
            seen += lines[i].IsBlank ? 0 : 1;
        }

        int blanks = lines.Count(l => l.IsBlank);
        int contentCount = lines.Count - blanks;
        ContentCount = contentCount;

        // A text with almost no blank lines writes one paragraph per line.
        LinePerParagraph = blanks * 5 < contentCount;
    }

    public SourceDocument Source { get; }

    public IReadOnlyList<SourceLine> Lines { get; }

    /// <summary>Normalized short lines found in several documents of the set.</summary>
    public IReadOnlySet<string> RepeatedKeys { get; }

    /// <summary>Number of non-blank lines.</summary>
    public int ContentCount { get; }

    public bool LinePerParagraph { get; }

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Author { get; set; }

    public WrittenDate? Published { get; set; }

    public string? Outlet { get; set; }

    public LineRole Role(int i) => _roles[i];

    public string? Reason(int i) => _reasons[i];

    public bool IsBody(int i) => _roles[i] == LineRole.Body;

    public void Mark(int i, LineRole role, string reason)
    {
        _roles[i] = role;
        _reasons[i] = reason;
    }

    /// <summary>Indices of the non-blank lines, in order.</summary>
    public IEnumerable<int> ContentIndices() => Enumerable.Range(0, Lines.Count).Where(i => !Lines[i].IsBlank);

    /// <summary>The position of non-blank line <paramref name="i"/> among the non-blank lines, from 0.</summary>
    public int ContentRank(int i) => _rank[i];

    /// <summary>True when line i is among the first <paramref name="n"/> or last <paramref name="m"/> non-blank lines.</summary>
    public bool NearEdge(int i, int n, int m)
    {
        int rank = ContentRank(i);
        return rank < n || rank >= ContentCount - m;
    }

    public int PreviousBody(int i)
    {
        for (int k = i - 1; k >= 0; k--)
        {
            if (_roles[k] == LineRole.Body)
            {
                return k;
            }
        }

        return -1;
    }

    public int NextBody(int i)
    {
        for (int k = i + 1; k < Lines.Count; k++)
        {
            if (_roles[k] == LineRole.Body)
            {
                return k;
            }
        }

        return -1;
    }

    public int NextContent(int i)
    {
        for (int k = i + 1; k < Lines.Count; k++)
        {
            if (!Lines[k].IsBlank)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>True when line i is a paragraph of its own (blank lines around it, or one paragraph per line).</summary>
    public bool IsOwnBlock(int i) =>
        LinePerParagraph
        || ((i == 0 || Lines[i - 1].IsBlank) && (i == Lines.Count - 1 || Lines[i + 1].IsBlank));
}
