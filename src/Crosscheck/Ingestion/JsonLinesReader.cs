using System.Globalization;
using System.Text.Json;
using Crosscheck.Ingestion.Html;
using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>
/// JSON Lines: one object per line with text (or body, content, articleBody) and optional url, title,
/// author, published (or date), outlet (or source, site). Items are named "file.jsonl#n" by line
/// number. A file holding one JSON object or an array of objects is read the same way.
/// </summary>
internal sealed class JsonLinesReader : IFormatReader
{
    private static readonly string[] TextKeys = ["text", "body", "content", "articleBody", "article_body", "maintext"];
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] AuthorKeys = ["author", "authors", "byline", "creator"];
    private static readonly string[] DateKeys = ["published", "date", "published_at", "publishedAt", "datePublished", "date_publish", "pubDate"];
    private static readonly string[] OutletKeys = ["outlet", "source", "site", "site_name", "publisher", "source_domain"];
    private static readonly string[] UrlKeys = ["url", "link", "canonical_url"];

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public InputFormat Format => InputFormat.JsonLines;

    public FormatResult Read(InputFile file)
    {
        string text = file.Decoded.Text;
        var items = new List<ReadItem>();
        var problems = new List<InputProblem>();
        if (text.TrimStart().StartsWith('[') || !IsObjectLine(FirstNonBlankLine(text)))
        {
            ReadWhole(file, text, items, problems);
            return new FormatResult(items, problems);
        }

        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string name = file.Item((i + 1).ToString(CultureInfo.InvariantCulture));
            try
            {
                using JsonDocument json = JsonDocument.Parse(line, Options);
                Add(json.RootElement, name, items, problems);
            }
            catch (JsonException e)
            {
                problems.Add(new InputProblem(name, $"line {i + 1} is not valid JSON ({e.Message.Split('.')[0]}), skipped"));
            }
        }

        return new FormatResult(items, problems);
    }

    private static void ReadWhole(InputFile file, string text, List<ReadItem> items, List<InputProblem> problems)
    {
        try
        {
            using JsonDocument json = JsonDocument.Parse(text, Options);
            if (json.RootElement.ValueKind == JsonValueKind.Array)
            {
                int n = 0;
                foreach (JsonElement e in json.RootElement.EnumerateArray())
                {
                    n++;
                    Add(e, file.Item(n.ToString(CultureInfo.InvariantCulture)), items, problems);
                }
            }
            else
            {
                Add(json.RootElement, file.Name, items, problems);
            }
        }
        catch (JsonException e)
        {
            problems.Add(new InputProblem(file.Name, $"not valid JSON or JSON Lines (line {(e.LineNumber ?? 0) + 1}), skipped"));
        }
    }

    private static void Add(JsonElement e, string name, List<ReadItem> items, List<InputProblem> problems)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new InputProblem(name, "JSON value is not an object, skipped"));
            return;
        }

        string? body = First(e, TextKeys);
        if (body is null)
        {
            problems.Add(new InputProblem(name, "JSON object has no text field (text, body, content or articleBody), skipped"));
            return;
        }

        var meta = new DeclaredMetadata
        {
            Title = First(e, TitleKeys),
            Author = First(e, AuthorKeys),
            Published = MetadataDates.Read(First(e, DateKeys)),
            Outlet = First(e, OutletKeys),
            Url = First(e, UrlKeys),
        };
        string content = HtmlTextExtractor.LooksLikeHtml(body) ? HtmlTextExtractor.FragmentToText(body) : body;
        items.Add(new ReadItem(name, SourceFormat.JsonLines, content, meta));
    }

    /// <summary>The first of the keys with a usable value: a string, a name object, or an array of those joined by ", ".</summary>
    private static string? First(JsonElement e, string[] keys)
    {
        foreach (string key in keys)
        {
            foreach (JsonProperty p in e.EnumerateObject())
            {
                if (p.Name.Equals(key, StringComparison.OrdinalIgnoreCase) && Value(p.Value) is string v)
                {
                    return v;
                }
            }
        }

        return null;
    }

    private static string? Value(JsonElement v)
    {
        string? s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            JsonValueKind.Object => v.TryGetProperty("name", out JsonElement n) ? Value(n) : null,
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(Value).OfType<string>()),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static string FirstNonBlankLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";

    private static bool IsObjectLine(string line)
    {
        if (!line.StartsWith('{') || !line.EndsWith('}'))
        {
            return false;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line, Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
