using Crosscheck.Kinds.Entities.Ner;

namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>
/// IOB tags and entity spans, by conlleval's rules: a span starts at a B- tag, or at an I- tag whose previous tag
/// is O or of another type, and runs over the following I- tags of its type. This reads IOB1 (CoNLL-2003: I- for
/// every word, B- only where two entities of one type touch) and IOB2 alike; tags are written back in IOB1.
/// </summary>
public static class Iob
{
    public static IReadOnlyList<NerSpan> Spans(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<NerSpan>();
        int start = -1;
        string type = "";
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            (string prefix, string t) = Split(tag);
            bool starts = prefix == "B" || (prefix == "I" && (start < 0 || t != type));
            if (start >= 0 && (prefix == "O" || starts))
            {
                spans.Add(new NerSpan(start, i, type));
                start = -1;
            }

            if (starts)
            {
                start = i;
                type = t;
            }
        }

        return spans;
    }

    /// <summary>The IOB1 tags of a sentence of <paramref name="length"/> words holding the spans.</summary>
    public static string[] Iob1(int length, IEnumerable<NerSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var tags = Enumerable.Repeat("O", length).ToArray();
        var ends = new Dictionary<int, string>();
        foreach (NerSpan s in spans.OrderBy(s => s.Start))
        {
            for (int i = s.Start; i < s.End; i++)
            {
                tags[i] = "I-" + s.Type;
            }

            if (ends.TryGetValue(s.Start, out string? before) && before == s.Type)
            {
                tags[s.Start] = "B-" + s.Type;
            }

            ends[s.End] = s.Type;
        }

        return tags;
    }

    private static (string Prefix, string Type) Split(string tag)
    {
        if (tag == "O" || tag.Length < 3 || tag[1] != '-')
        {
            return ("O", "");
        }

        return (tag[..1], tag[2..]);
    }
}
