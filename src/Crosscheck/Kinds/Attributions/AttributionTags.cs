using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// The two tag layers of the attribution tagger and their conversion from and to spans. Sources and
/// cues never overlap each other but often lie inside a content (a nested attribution), so contents
/// get a layer of their own. Layer 1: O, B-Source, I-Source, B-Cue, I-Cue. Layer 2: O, B-Content,
/// I-Content, and C, which starts a further fragment of the previous content ("“We will,” he said,
/// “win.”" is one content of two fragments). Fragments also break at line breaks, as in the gold files.
/// </summary>
public static class AttributionTags
{
    public const int Outside = 0;
    public const int BeginSource = 1;
    public const int InSource = 2;
    public const int BeginCue = 3;
    public const int InCue = 4;
    public const int BeginContent = 1;
    public const int InContent = 2;
    public const int ContinueContent = 3;

    public const int SourceCueTags = 5;
    public const int ContentTags = 4;

    public static bool SourceCueAllowed(int previous, int next) => next switch
    {
        InSource => previous is BeginSource or InSource,
        InCue => previous is BeginCue or InCue,
        _ => true,
    };

    public static bool ContentAllowed(int previous, int next) =>
        next != InContent || previous is BeginContent or InContent or ContinueContent;

    /// <summary>
    /// Tags for gold spans. A token belongs to a fragment it overlaps. Where spans of one layer overlap,
    /// the earlier (and, at the same start, the longer) keeps the tokens and the other is dropped.
    /// Fragments separated only by white space are treated as one.
    /// </summary>
    public static (int[] SourceCue, int[] Content) Encode(TaggerTokens tokens, IEnumerable<LabeledSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(spans);
        var layer1 = new int[tokens.Count];
        var layer2 = new int[tokens.Count];
        foreach (LabeledSpan span in spans.OrderBy(s => s.Extent.Start).ThenByDescending(s => s.Extent.End))
        {
            bool content = span.Label == LabeledSpan.Content;
            int[] layer = content ? layer2 : layer1;
            List<List<int>> fragments = [.. span.Fragments.Select(f => TokensIn(tokens, f)).Where(l => l.Count > 0)];
            if (fragments.Count == 0 || fragments.Any(l => l.Any(i => layer[i] != Outside))
                || span.Label is not (LabeledSpan.Source or LabeledSpan.Cue or LabeledSpan.Content))
            {
                continue;
            }

            int begin = span.Label switch { LabeledSpan.Source => BeginSource, LabeledSpan.Cue => BeginCue, _ => BeginContent };
            int inside = span.Label switch { LabeledSpan.Source => InSource, LabeledSpan.Cue => InCue, _ => InContent };
            for (int k = 0; k < fragments.Count; k++)
            {
                bool joined = k > 0 && OnlySpaceBetween(fragments[k - 1][^1], fragments[k][0]);
                for (int j = 0; j < fragments[k].Count; j++)
                {
                    int i = fragments[k][j];
                    // A sequence (a line) cannot open inside a span, so a token that starts a line begins one.
                    layer[i] = tokens.LineStart[i] ? begin
                        : j > 0 ? inside
                        : k == 0 ? begin
                        : joined ? inside
                        : content ? ContinueContent : begin;
                }
            }
        }

        return (layer1, layer2);
    }

    /// <summary>Spans from the tags of both layers, in text order.</summary>
    public static IReadOnlyList<LabeledSpan> Decode(TaggerTokens tokens, int[] sourceCue, int[] content)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(sourceCue);
        ArgumentNullException.ThrowIfNull(content);
        var result = new List<LabeledSpan>();
        var runs = new List<(string Label, List<(int First, int Last)> Runs)>();
        (string Label, List<(int First, int Last)> Runs)? current = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            int t = sourceCue[i];
            if (t is BeginSource or BeginCue || (t != Outside && current is null))
            {
                current = (t is BeginSource or InSource ? LabeledSpan.Source : LabeledSpan.Cue, [(i, i)]);
                runs.Add(current.Value);
            }
            else if (t is InSource or InCue && current is { } c)
            {
                c.Runs[^1] = (c.Runs[^1].First, i);
            }
            else
            {
                current = null;
            }
        }

        current = null;
        for (int i = 0; i < tokens.Count; i++)
        {
            int t = content[i];
            if (t == BeginContent || (t != Outside && current is null) || (t == ContinueContent && tokens.LineStart[i]))
            {
                current = (LabeledSpan.Content, [(i, i)]);
                runs.Add(current.Value);
            }
            else if (t == ContinueContent && current is { } c && !tokens.LineStart[i])
            {
                c.Runs.Add((i, i));
            }
            else if (t == InContent && current is { } d)
            {
                d.Runs[^1] = (d.Runs[^1].First, i);
            }
            else if (t == Outside && current is not null && !HasLaterContinuation(tokens, content, i))
            {
                current = null;
            }
        }

        foreach ((string label, List<(int First, int Last)> tokenRuns) in runs)
        {
            result.Add(new LabeledSpan(label, Fragments(tokens, tokenRuns)));
        }

        result.Sort((a, b) => a.Extent.Start != b.Extent.Start ? a.Extent.Start.CompareTo(b.Extent.Start) : string.CompareOrdinal(a.Label, b.Label));
        return result;
    }

    // A C tag continues the content before it across outside tokens ("…,” he said, “…"), so an O run
    // only closes the content when no C follows before the next B.
    private static bool HasLaterContinuation(TaggerTokens tokens, int[] content, int i)
    {
        for (int j = i; j < content.Length && (j == i || !tokens.LineStart[j]); j++)
        {
            if (content[j] == ContinueContent)
            {
                return true;
            }

            if (content[j] is BeginContent or InContent)
            {
                return false;
            }
        }

        return false;
    }

    private static List<TextSpan> Fragments(TaggerTokens tokens, List<(int First, int Last)> runs)
    {
        var fragments = new List<TextSpan>();
        foreach ((int first, int last) in runs)
        {
            int start = first;
            for (int i = first + 1; i <= last + 1; i++)
            {
                if (i > last || tokens.LineStart[i])
                {
                    fragments.Add(new TextSpan(tokens.Tokens[start].Span.Start, tokens.Tokens[i - 1].Span.End));
                    start = i;
                }
            }
        }

        return fragments;
    }

    private static bool OnlySpaceBetween(int before, int after) => after == before + 1;

    private static List<int> TokensIn(TaggerTokens tokens, TextSpan fragment)
    {
        var list = new List<int>();
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (tokens.Tokens[mid].Span.End <= fragment.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (int i = lo; i < tokens.Count && tokens.Tokens[i].Span.Start < fragment.End; i++)
        {
            list.Add(i);
        }

        return list;
    }
}
