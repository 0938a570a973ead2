namespace Crosscheck.Cleaning;

/// <summary>One line of a source document, trimmed, with the measures the rules use.</summary>
internal sealed record SourceLine
{
    public SourceLine(int index, string raw)
    {
        Index = index;
        Text = raw.Trim();
        Words = LineShape.WordCount(Text);
        Key = LineShape.Normalize(Text);
    }

    public int Index { get; }

    /// <summary>The line without surrounding whitespace.</summary>
    public string Text { get; }

    public int Words { get; }

    /// <summary>Lowercased letters and digits separated by single spaces, for comparisons and cue lookups.</summary>
    public string Key { get; }

    public bool IsBlank => Text.Length == 0;
}
