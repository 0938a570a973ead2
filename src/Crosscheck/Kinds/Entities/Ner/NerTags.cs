namespace Crosscheck.Kinds.Entities.Ner;

/// <summary>
/// The tagger's tags: O (0) and, for each CoNLL type, B(egin), I(nside), L(ast) and U(nit) (the BILOU
/// encoding, which learns entity edges better than IOB; Ratinov and Roth 2009). Spans convert to tags and back.
/// </summary>
public static class NerTags
{
    public const int Outside = 0;

    /// <summary>The entity types, in the order of their tags.</summary>
    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    public static int Count => 1 + (4 * Types.Count);

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    private static int Tag(int type, int part) => 1 + (4 * type) + part;

    private static int TypeOf(int tag) => (tag - 1) / 4;

    private static int PartOf(int tag) => (tag - 1) % 4;

    /// <summary>Whether <paramref name="next"/> may follow <paramref name="previous"/> (-1 at the start of a sentence).</summary>
    public static bool Allowed(int previous, int next)
    {
        bool open = previous > 0 && PartOf(previous) is Begin or Inside;
        bool continues = next > 0 && PartOf(next) is Inside or Last;
        return open ? continues && TypeOf(next) == TypeOf(previous) : !continues;
    }

    /// <summary>The tags of a sentence of <paramref name="length"/> tokens holding the given (non-overlapping) spans.</summary>
    public static int[] Encode(int length, IEnumerable<NerSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        var tags = new int[length];
        foreach (NerSpan s in spans)
        {
            int type = TypeIndex(s.Type);
            if (s.End - s.Start == 1)
            {
                tags[s.Start] = Tag(type, Unit);
                continue;
            }

            tags[s.Start] = Tag(type, Begin);
            for (int i = s.Start + 1; i < s.End - 1; i++)
            {
                tags[i] = Tag(type, Inside);
            }

            tags[s.End - 1] = Tag(type, Last);
        }

        return tags;
    }

    /// <summary>The spans of a tag sequence; a span left open (which <see cref="Allowed"/> never decodes) ends where its tags end.</summary>
    public static IReadOnlyList<NerSpan> Decode(IReadOnlyList<int> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var spans = new List<NerSpan>();
        int start = -1;
        for (int i = 0; i < tags.Count; i++)
        {
            int tag = tags[i];
            if (start >= 0 && (tag == Outside || PartOf(tag) is Begin or Unit || TypeOf(tag) != TypeOf(tags[start])))
            {
                spans.Add(new NerSpan(start, i, Types[TypeOf(tags[start])]));
                start = -1;
            }

            if (tag == Outside)
            {
                continue;
            }

            if (start < 0)
            {
                start = i;
            }

            if (PartOf(tag) is Last or Unit)
            {
                spans.Add(new NerSpan(start, i + 1, Types[TypeOf(tag)]));
                start = -1;
            }
        }

        if (start >= 0)
        {
            spans.Add(new NerSpan(start, tags.Count, Types[TypeOf(tags[start])]));
        }

        return spans;
    }

    public static int TypeIndex(string type)
    {
        for (int t = 0; t < Types.Count; t++)
        {
            if (string.Equals(Types[t], type, StringComparison.Ordinal))
            {
                return t;
            }
        }

        throw new ArgumentException($"unknown entity type {type}", nameof(type));
    }
}
