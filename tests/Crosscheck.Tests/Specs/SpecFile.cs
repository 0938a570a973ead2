namespace Crosscheck.Tests.Specs;

/// <summary>One expected finding of an example: a line of the spec file, negated when it starts with "not:".</summary>
/// <param name="Text">The finding in the kind's compact syntax (without "- " and "not:").</param>
/// <param name="Negated">True for "- not: …": no finding may match it.</param>
/// <param name="Line">Its line number in the spec file (1-based).</param>
public sealed record SpecExpectation(string Text, bool Negated, int Line);

/// <summary>One example of a spec file: an input text and the findings expected from it.</summary>
/// <param name="File">The spec file's name ("quotes.md").</param>
/// <param name="Number">The example's number in its file (1-based).</param>
/// <param name="Title">The example's heading.</param>
/// <param name="Line">The line of the heading.</param>
public sealed record SpecExample(string File, int Number, string Title, int Line)
{
    /// <summary>The input text (the example's fenced block), null when the example has none.</summary>
    public string? Text { get; set; }

    /// <summary>The publication date as a byline would give it ("published: 2025-03-07"), null when none.</summary>
    public string? Published { get; set; }

    /// <summary>True when the findings listed must be all the findings of the kind ("exact").</summary>
    public bool Exact { get; set; }

    /// <summary>Why today's code does not yet produce the expected findings ("pending: …"); null for a passing example.</summary>
    public string? Pending { get; set; }

    public List<SpecExpectation> Expected { get; } = [];

    /// <summary>Lines the parser could not read; the example fails with them.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>The spec file's kind, its name without extension ("quotes").</summary>
    public string Kind => Path.GetFileNameWithoutExtension(File);

    public override string ToString() => $"{File} #{Number}: {Title}";
}

/// <summary>
/// Reads a spec file (see Specs/README.md): every "## heading" starts an example; inside it, an optional
/// "published: DATE", "exact" and "pending: REASON" line, one fenced block holding the input text, and a list
/// of expected findings ("- …", or "- not: …" for a finding that must not be found). Everything else is prose.
/// </summary>
public static class SpecFile
{
    public static IReadOnlyList<SpecExample> Parse(string fileName, string content)
    {
        var examples = new List<SpecExample>();
        string[] lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        SpecExample? current = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = new SpecExample(fileName, examples.Count + 1, line[3..].Trim(), i + 1);
                examples.Add(current);
                continue;
            }

            if (current is null)
            {
                // The file's introduction (the format's documentation) may itself show fenced blocks.
                if (trimmed.StartsWith("```", StringComparison.Ordinal))
                {
                    i = SkipFence(lines, i);
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal))
            {
                int end = SkipFence(lines, i);
                if (current.Text is not null)
                {
                    current.Errors.Add($"line {i + 1}: a second text block (an example has one)");
                }

                if (end >= lines.Length)
                {
                    current.Errors.Add($"line {i + 1}: the text block is not closed");
                }

                current.Text = string.Join("\n", lines[(i + 1)..Math.Min(end, lines.Length)]);
                i = end;
            }
            else if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                string item = trimmed[2..].Trim();
                bool negated = item.StartsWith("not:", StringComparison.Ordinal);
                current.Expected.Add(new SpecExpectation(negated ? item[4..].Trim() : item, negated, i + 1));
            }
            else if (trimmed.StartsWith("published:", StringComparison.Ordinal))
            {
                current.Published = trimmed["published:".Length..].Trim();
            }
            else if (trimmed.StartsWith("pending:", StringComparison.Ordinal))
            {
                current.Pending = trimmed["pending:".Length..].Trim();
            }
            else if (trimmed == "exact")
            {
                current.Exact = true;
            }
        }

        foreach (SpecExample e in examples.Where(e => e.Text is null))
        {
            e.Errors.Add($"line {e.Line}: the example has no text block");
        }

        return examples;
    }

    /// <summary>The index of the line closing the fence opened at <paramref name="open"/> (lines.Length when unclosed).</summary>
    private static int SkipFence(string[] lines, int open)
    {
        string fence = new('`', lines[open].Trim().TakeWhile(c => c == '`').Count());
        for (int j = open + 1; j < lines.Length; j++)
        {
            if (lines[j].Trim() == fence)
            {
                return j;
            }
        }

        return lines.Length;
    }
}
