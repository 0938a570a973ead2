using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>Writes a case file in the shape <see cref="CaseFileReader"/> reads, leaving out empty parts.</summary>
public static class CaseFileWriter
{
    public static string Write(CaseFile caseFile)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        HypothesisEditSet set = caseFile.Hypotheses;
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartObject("hypotheses");
            if (set.Add.Count > 0)
            {
                w.WriteStartArray("add");
                foreach (HypothesisAddition a in set.Add)
                {
                    w.WriteStartObject();
                    if (a.Id is not null)
                    {
                        w.WriteString("id", a.Id);
                    }

                    w.WriteString("text", a.Text);
                    if (a.Agent is not null)
                    {
                        w.WriteString("agent", a.Agent);
                    }

                    if (a.Kind is HypothesisKind kind)
                    {
                        w.WriteString("kind", Model.SnakeCase.Of(kind));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (set.Rename.Count > 0)
            {
                w.WriteStartObject("rename");
                foreach ((string id, string text) in set.Rename)
                {
                    w.WriteString(id, text);
                }

                w.WriteEndObject();
            }

            if (set.Merge.Count > 0)
            {
                w.WriteStartArray("merge");
                foreach (IReadOnlyList<string> group in set.Merge)
                {
                    w.WriteStartArray();
                    group.ToList().ForEach(w.WriteStringValue);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            if (set.Drop.Count > 0)
            {
                w.WriteStartArray("drop");
                set.Drop.ToList().ForEach(w.WriteStringValue);
                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
