namespace Crosscheck.Cli;

/// <summary>Aligned plain-text columns that fit a line width: each cell is cut to its column with "…".</summary>
public static class TextColumns
{
    public const int LineWidth = 100;

    /// <summary>Writes rows with column widths fitted to their content, no wider than <paramref name="maxWidths"/>; the last column takes the rest of the line.</summary>
    public static void Write(TextWriter writer, int indent, IReadOnlyList<string[]> rows, params int[] maxWidths)
    {
        if (rows.Count == 0)
        {
            return;
        }

        int columns = rows[0].Length;
        int[] widths = new int[columns];
        for (int c = 0; c < columns - 1; c++)
        {
            widths[c] = Math.Min(c < maxWidths.Length ? maxWidths[c] : 20, rows.Max(r => Flat(r[c]).Length));
        }

        int used = indent + widths.Sum() + (2 * (columns - 1));
        widths[^1] = Math.Max(10, LineWidth - used);
        foreach (string[] row in rows)
        {
            var line = new System.Text.StringBuilder(new string(' ', indent));
            for (int c = 0; c < columns; c++)
            {
                string cell = Fit(Flat(row[c]), widths[c]);
                line.Append(c == columns - 1 ? cell : cell.PadRight(widths[c]) + "  ");
            }

            writer.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary><paramref name="text"/> cut to <paramref name="width"/> characters, ending with "…" when cut.</summary>
    public static string Fit(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)).TrimEnd(), "…");

    private static string Flat(string? text) => (text ?? "—").ReplaceLineEndings(" ");
}
