using System.Text.Json;
using Crosscheck.Cleaning;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.Articles;

/// <summary>One page of the benchmark: its id, the true body, the body we extracted (empty when the page could not be read), and its score.</summary>
public sealed record ArticlePage(string Id, string Truth, string Predicted, ShingleMatch Match, string? Problem);

/// <summary>
/// Article body extraction on saved pages (the article-extraction benchmark's format: DIR/ID.html and a gold file
/// {id: {"articleBody", "url"}}): each page is read as an analyze run reads it and cleaned alone; the predicted body is
/// the cleaned text after the head lines (title, byline, dateline: <see cref="Document.BodyStart"/>).
/// </summary>
public static class ArticleEvaluation
{
    public static IReadOnlyList<ArticlePage> Run(string dataDir, string goldFile)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllBytes(goldFile));
        var pages = new List<ArticlePage>();
        foreach (JsonProperty entry in gold.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            string truth = entry.Value.TryGetProperty("articleBody", out JsonElement body) ? body.GetString() ?? "" : "";
            string path = Path.Combine(dataDir, entry.Name + ".html");
            (string predicted, string? problem) = File.Exists(path) ? Extract(path) : ("", "no page file");
            pages.Add(new ArticlePage(entry.Name, truth, predicted, ShingleScore.Match(truth, predicted), problem));
        }

        return pages;
    }

    /// <summary>The body of one saved page, or the reason it could not be read.</summary>
    public static (string Body, string? Problem) Extract(string path)
    {
        ReadResult read = new InputReader().Read([path]);
        if (read.Documents.Count == 0)
        {
            return ("", read.Problems.FirstOrDefault()?.Reason ?? "no text");
        }

        Document doc = new DocumentCleaner().Clean(read.Documents).Single();
        return (doc.Text[doc.BodyStart..].Trim(), null);
    }

    /// <summary>The predicted bodies in the benchmark's format ({id: {"articleBody": …}}).</summary>
    public static void WritePredictions(string file, IReadOnlyList<ArticlePage> pages)
    {
        var predictions = pages.ToDictionary(p => p.Id, p => new Dictionary<string, string> { ["articleBody"] = p.Predicted });
        string? dir = Path.GetDirectoryName(Path.GetFullPath(file));
        Directory.CreateDirectory(dir!);
        File.WriteAllText(file, JsonSerializer.Serialize(predictions, new JsonSerializerOptions { WriteIndented = true }));
    }
}
