using System.Text.Json;

namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>
/// Reads a NewsQuant file (CQE_Evaluation's formatted test set layout): a JSON array of
/// {"text", "quantities": [{"value", "change", "unit", "normalized_unit", "referred_concepts"}]}.
/// Missing unit fields read as "-".
/// </summary>
public static class NewsQuantReader
{
    /// <exception cref="InvalidDataException">The file is not of that shape.</exception>
    public static IReadOnlyList<NewsQuantSentence> Read(string path)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(path));
            var sentences = new List<NewsQuantSentence>();
            foreach (JsonElement s in doc.RootElement.EnumerateArray())
            {
                var quantities = new List<NewsQuantQuantity>();
                foreach (JsonElement q in s.GetProperty("quantities").EnumerateArray())
                {
                    quantities.Add(new NewsQuantQuantity(
                        Text(q, "value") ?? throw new InvalidDataException("a quantity has no value"),
                        Text(q, "change") ?? "=",
                        Text(q, "unit") ?? "-",
                        Text(q, "normalized_unit") ?? "-"));
                }

                sentences.Add(new NewsQuantSentence(s.GetProperty("text").GetString() ?? "", quantities));
            }

            return sentences;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a NewsQuant file ({e.Message})", e);
        }
    }

    private static string? Text(JsonElement q, string name) =>
        !q.TryGetProperty(name, out JsonElement v) ? null
        : v.ValueKind == JsonValueKind.String ? v.GetString()
        : v.ValueKind == JsonValueKind.Number ? v.GetRawText()
        : null;
}
