using Crosscheck.Ingestion;
using Crosscheck.Ingestion.Csv;
using Crosscheck.Model;

namespace Crosscheck.Lab.Bench;

/// <summary>
/// Distinct synthetic news documents for the scale bench, recombined from the paragraphs of real news texts
/// (the FNC-1 bodies and the PolNeAR train texts): each document takes most paragraphs of one text (a story told
/// again, so that the set has the repeated quotes, numbers and names of real coverage) in its own selection, and
/// one or two paragraphs of another. Deterministic for a seed; every document's text differs from the others'.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Paragraphs shorter than this (in characters) are left out: titles, bylines, captions.</summary>
    private const int MinParagraph = 40;

    /// <summary>The texts of the FNC-1 bodies file and of every <c>.txt</c> under the PolNeAR folder, those that exist.</summary>
    /// <exception cref="InvalidDataException">Neither gives a text.</exception>
    public static IReadOnlyList<SourceText> ReadTexts(string? fncBodies, string? polnearTexts)
    {
        var texts = new List<SourceText>();
        if (fncBodies is not null && File.Exists(fncBodies))
        {
            IReadOnlyList<CsvRecord> rows = CsvParser.Parse(File.ReadAllText(fncBodies), ',', out _);
            int column = rows.Count > 0 ? rows[0].Fields.ToList().FindIndex(f => f.Trim().TrimStart('\uFEFF') == "articleBody") : -1;
            foreach (CsvRecord r in rows.Skip(1))
            {
                if (column >= 0 && column < r.Fields.Count)
                {
                    texts.Add(new SourceText($"fnc1:{r.Line}", Paragraphs(r.Fields[column])));
                }
            }
        }

        if (polnearTexts is not null && Directory.Exists(polnearTexts))
        {
            foreach (string file in Directory.GetFiles(polnearTexts, "*.txt").Order(StringComparer.Ordinal))
            {
                texts.Add(new SourceText($"polnear:{Path.GetFileName(file)}", Paragraphs(File.ReadAllText(file))));
            }
        }

        texts.RemoveAll(t => t.Paragraphs.Count == 0);
        return texts.Count > 0 ? texts : throw new InvalidDataException($"no text to build documents from in {fncBodies} or {polnearTexts}");
    }

    /// <summary>How many draws a document may take on average before the texts are judged too few for the count asked.</summary>
    private const int MaxDrawsPerDocument = 100;

    /// <summary><paramref name="count"/> distinct documents built from <paramref name="texts"/> with <paramref name="seed"/>.</summary>
    /// <exception cref="InvalidDataException">The texts are too few to make that many distinct documents.</exception>
    public static IReadOnlyList<SourceDocument> Generate(IReadOnlyList<SourceText> texts, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new List<SourceDocument>(count);
        long draws = 0;
        while (documents.Count < count)
        {
            if (++draws > (long)count * MaxDrawsPerDocument)
            {
                throw new InvalidDataException($"{texts.Count} texts are too few for {count} distinct documents (made {documents.Count})");
            }

            SourceText story = texts[random.Next(texts.Count)];
            SourceText other = texts[random.Next(texts.Count)];
            var paragraphs = new List<string>();
            foreach (string p in story.Paragraphs)
            {
                if (paragraphs.Count == 0 || random.Next(4) != 0)
                {
                    paragraphs.Add(p);
                }
            }

            int extra = 1 + random.Next(2);
            for (int k = 0; k < extra; k++)
            {
                paragraphs.Insert(random.Next(paragraphs.Count + 1), other.Paragraphs[random.Next(other.Paragraphs.Count)]);
            }

            string text = string.Join("\n\n", paragraphs);
            string id = InputReader.ContentId(text);
            if (seen.Add(id))
            {
                documents.Add(new SourceDocument(id, $"synthetic-{documents.Count + 1:D6}.txt", SourceFormat.PlainText, text, DeclaredMetadata.None));
            }
        }

        return documents;
    }

    private static IReadOnlyList<string> Paragraphs(string text) =>
        [.. text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(p => p.Trim()).Where(p => p.Length >= MinParagraph)];
}
