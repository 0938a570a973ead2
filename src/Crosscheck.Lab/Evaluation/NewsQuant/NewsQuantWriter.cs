using System.Text.Encodings.Web;
using System.Text.Json;

namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>Writes tagged sentences in the NewsQuant layout: a JSON array in input order of {"text", "quantities": [{"value", "change", "unit", "normalized_unit"}]}.</summary>
public static class NewsQuantWriter
{
    public static void Write(string path, IReadOnlyList<NewsQuantSentence> sentences)
    {
        using FileStream stream = File.Create(path);
        Write(stream, sentences);
    }

    public static void Write(Stream stream, IReadOnlyList<NewsQuantSentence> sentences)
    {
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var w = new Utf8JsonWriter(stream, options);
        w.WriteStartArray();
        foreach (NewsQuantSentence s in sentences)
        {
            w.WriteStartObject();
            w.WriteString("text", s.Text);
            w.WriteStartArray("quantities");
            foreach (NewsQuantQuantity q in s.Quantities)
            {
                w.WriteStartObject();
                w.WriteString("value", q.Value);
                w.WriteString("change", q.Change);
                w.WriteString("unit", q.Unit);
                w.WriteString("normalized_unit", q.NormalizedUnit);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
