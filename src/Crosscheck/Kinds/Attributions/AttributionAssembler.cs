using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// Joins tagged spans into attributions: each cue takes the nearest source and the nearest content
/// (by characters between them) that lie in its own sentence or, for a content, in the neighbouring
/// sentences of its paragraph (“…,” he said. / He said: “…”). A source or content may serve several
/// cues. Sources and contents left without a cue are dropped from the relations.
/// </summary>
public static class AttributionAssembler
{
    /// <summary>How far (in characters) a content may lie from its cue.</summary>
    public const int MaxContentGap = 400;

    /// <summary>How far (in characters) a source may lie from its cue.</summary>
    public const int MaxSourceGap = 150;

    public static IReadOnlyList<AssembledAttribution> Assemble(string text, IReadOnlyList<LabeledSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        // Looked up by position: only the spans within reach of a cue are weighed, so a long document costs in proportion to its spans.
        var sources = new SpanLookup<LabeledSpan>([.. spans.Where(s => s.Label == LabeledSpan.Source)], s => s.Extent);
        var contents = new SpanLookup<LabeledSpan>([.. spans.Where(s => s.Label == LabeledSpan.Content)], s => s.Extent);
        var result = new List<AssembledAttribution>();
        foreach (LabeledSpan cue in spans.Where(s => s.Label == LabeledSpan.Cue))
        {
            LabeledSpan? source = Nearest(text, cue, [.. sources.Near(cue.Extent.Start - MaxSourceGap, cue.Extent.End + MaxSourceGap)], MaxSourceGap);
            LabeledSpan? content = Nearest(text, cue, [.. contents.Near(cue.Extent.Start - MaxContentGap, cue.Extent.End + MaxContentGap)], MaxContentGap);
            result.Add(new AssembledAttribution(source, cue, content));
        }

        return result;
    }

    private static LabeledSpan? Nearest(string text, LabeledSpan cue, List<LabeledSpan> candidates, int maxGap)
    {
        LabeledSpan? best = null;
        int bestGap = int.MaxValue;
        foreach (LabeledSpan c in candidates)
        {
            int gap = Gap(cue, c);
            if (gap < bestGap && gap <= maxGap && !CrossesParagraph(text, cue.Extent, c.Extent))
            {
                best = c;
                bestGap = gap;
            }
        }

        return best;
    }

    // Characters between the two, 0 when one touches or contains a fragment of the other.
    private static int Gap(LabeledSpan a, LabeledSpan b)
    {
        int gap = int.MaxValue;
        foreach (TextSpan x in a.Fragments)
        {
            foreach (TextSpan y in b.Fragments)
            {
                int d = x.Overlaps(y) ? 0 : x.End <= y.Start ? y.Start - x.End : x.Start - y.End;
                gap = Math.Min(gap, d);
            }
        }

        return gap;
    }

    private static bool CrossesParagraph(string text, TextSpan cue, TextSpan other)
    {
        // The text between the cue and the other span must not hold a blank line (a paragraph break).
        int from = Math.Min(cue.End, other.End);
        int to = Math.Max(cue.Start, other.Start);
        return to > from && text.AsSpan(from, to - from).Contains("\n\n", StringComparison.Ordinal);
    }
}
