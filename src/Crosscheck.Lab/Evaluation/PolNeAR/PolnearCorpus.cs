namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// Reads the PolNeAR layout: <c>DIR/text/NAME.txt</c> and <c>DIR/attributions/NAME_xxxx.ann</c> (one file
/// per annotator). The gold file of an article is the first of its annotation files in ordinal name order.
/// Articles come in ordinal order of their text file names.
/// </summary>
public static class PolnearCorpus
{
    public static IReadOnlyList<PolnearArticle> Read(string directory, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string textDir = Path.Combine(directory, "text");
        string annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir))
        {
            throw new DirectoryNotFoundException($"{textDir} does not exist");
        }

        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Directory.Exists(annDir))
        {
            foreach (string file in Directory.GetFiles(annDir, "*.ann").OrderBy(Path.GetFileName, StringComparer.Ordinal))
            {
                string stem = Path.GetFileNameWithoutExtension(file);
                int underscore = stem.LastIndexOf('_');
                annotations.TryAdd(stem, file);
                if (underscore > 0)
                {
                    annotations.TryAdd(stem[..underscore], file);
                }
            }
        }

        var articles = new List<PolnearArticle>();
        foreach (string file in Directory.GetFiles(textDir, "*.txt").OrderBy(Path.GetFileName, StringComparer.Ordinal))
        {
            if (limit is { } max && articles.Count >= max)
            {
                break;
            }

            string name = Path.GetFileNameWithoutExtension(file);
            BratDocument? gold = annotations.TryGetValue(name, out string? ann) ? BratDocument.Parse(File.ReadAllText(ann)) : null;
            articles.Add(new PolnearArticle(name, File.ReadAllText(file), gold));
        }

        return articles;
    }
}
