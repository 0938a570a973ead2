using System.Reflection;

namespace Crosscheck.Kinds.Entities;

/// <summary>Reads the embedded lexicon files of src/Crosscheck/Resources (comment lines start with '#').</summary>
internal static class ResourceText
{
    private static readonly Assembly Assembly = typeof(ResourceText).Assembly;

    /// <summary>The non-empty, non-comment lines of the resource whose file name is <paramref name="fileName"/>.</summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        string name = Assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith("." + fileName, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"embedded resource not found: {fileName}");
        using Stream stream = Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed.Trim());
            }
        }

        return lines;
    }

    /// <summary>The lines of a resource as a set with the given comparer.</summary>
    public static HashSet<string> Set(string fileName, StringComparer comparer) => new(Lines(fileName), comparer);
}
