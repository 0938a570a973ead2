using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// The errors of one label in one article, for reading: each predicted span that matches no gold span exactly is
/// paired with the first unmatched gold span it overlaps (a boundary error, classed by which edge is wrong and how:
/// "start early", "end late", …, or "fragments" when only the split into fragments differs), or called spurious;
/// each gold span left over is missed. Exact matches are left out.
/// </summary>
public static class PolnearErrors
{
    public const string Missed = "missed";
    public const string Spurious = "spurious";

    /// <summary>One error: its kind, the predicted and the gold span (either may be null).</summary>
    public sealed record Error(string Label, string Kind, BratSpan? Predicted, BratSpan? Gold);

    public static IReadOnlyList<Error> Of(string label, IReadOnlyList<BratSpan> gold, IReadOnlyList<BratSpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        List<BratSpan> g = [.. gold.Where(s => s.Label == label).OrderBy(s => s.Extent.Start).ThenBy(s => s.Extent.End)];
        List<BratSpan> p = [.. predicted.Where(s => s.Label == label).OrderBy(s => s.Extent.Start).ThenBy(s => s.Extent.End)];
        var goldUsed = new bool[g.Count];
        var predictedUsed = new bool[p.Count];
        for (int k = 0; k < p.Count; k++)
        {
            int i = Enumerable.Range(0, g.Count).FirstOrDefault(j => !goldUsed[j] && g[j].SameAs(p[k]), -1);
            if (i >= 0)
            {
                goldUsed[i] = true;
                predictedUsed[k] = true;
            }
        }

        var errors = new List<Error>();
        for (int k = 0; k < p.Count; k++)
        {
            if (predictedUsed[k])
            {
                continue;
            }

            int i = Enumerable.Range(0, g.Count).FirstOrDefault(j => !goldUsed[j] && p[k].Overlaps(g[j]), -1);
            if (i < 0)
            {
                errors.Add(new Error(label, Spurious, p[k], null));
                continue;
            }

            goldUsed[i] = true;
            errors.Add(new Error(label, Boundary(p[k].Extent, g[i].Extent), p[k], g[i]));
        }

        for (int i = 0; i < g.Count; i++)
        {
            if (!goldUsed[i])
            {
                errors.Add(new Error(label, Missed, null, g[i]));
            }
        }

        return errors;
    }

    /// <summary>"start early", "start late", "end early", "end late" (joined by ", "), or "fragments".</summary>
    public static string Boundary(TextSpan predicted, TextSpan gold)
    {
        var parts = new List<string>(2);
        if (predicted.Start != gold.Start)
        {
            parts.Add(predicted.Start < gold.Start ? "start early" : "start late");
        }

        if (predicted.End != gold.End)
        {
            parts.Add(predicted.End < gold.End ? "end early" : "end late");
        }

        return parts.Count == 0 ? "fragments" : string.Join(", ", parts);
    }

    /// <summary>A readable dump: a count per label and kind, then each error with its gold and predicted span in brackets, in their surroundings.</summary>
    public static string Format(IEnumerable<(string Name, string Text, Error Error)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToList();
        var sb = new StringBuilder();
        foreach (var group in list.GroupBy(e => (e.Error.Label, e.Error.Kind)).OrderBy(x => x.Key.Label, StringComparer.Ordinal).ThenByDescending(x => x.Count()))
        {
            sb.Append(CultureInfo.InvariantCulture, $"{group.Key.Label,-8} {group.Key.Kind,-24} {group.Count(),5}\n");
        }

        foreach ((string name, string text, Error e) in list)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{e.Label} {e.Kind} ({name})\n");
            if (e.Gold is { } gold)
            {
                sb.Append("  gold: ").Append(Show(text, gold)).Append('\n');
            }

            if (e.Predicted is { } predicted)
            {
                sb.Append("  pred: ").Append(Show(text, predicted)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Show(string text, BratSpan span)
    {
        const int Around = 40;
        int from = Math.Max(0, span.Extent.Start - Around);
        int to = Math.Min(text.Length, span.Extent.End + Around);
        var sb = new StringBuilder();
        sb.Append("…").Append(text.AsSpan(from, span.Extent.Start - from));
        int at = span.Extent.Start;
        foreach (TextSpan f in span.Fragments)
        {
            sb.Append(text.AsSpan(at, f.Start - at)).Append('[').Append(text.AsSpan(f.Start, f.Length)).Append(']');
            at = f.End;
        }

        sb.Append(text.AsSpan(at, to - at)).Append('…');
        return sb.ToString().Replace('\n', '⏎');
    }
}
