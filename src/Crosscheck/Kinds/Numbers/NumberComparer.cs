using System.Globalization;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Groups the counts of all documents by (event, measure): the main event's counts together, another event's
/// by its normalized description ("attack, 2021"). Orders each group's values in time (unknown dates first)
/// and gives a verdict: <see cref="NumberVerdict.Consistent"/> when all the figures can be true at once,
/// <see cref="NumberVerdict.RisingCount"/> when a cumulative toll only grows over time,
/// <see cref="NumberVerdict.ScopeDifference"/> when the figures count different groups (two groups of one sentence,
/// "13 soldiers and dozens of civilians", come before a rising count; a part of a larger count, "including four
/// gunmen", or another kind of person, "four terrorists" beside "eleven people", before a conflict), else
/// <see cref="NumberVerdict.Conflict"/>. <see cref="NumberVerdict.CannotTell"/> when differing values of a toll are not
/// dated apart (a rise needs an order in time), and for counts named only by their head noun or sums of money, which
/// the texts do not show to be of one group or thing.
/// </summary>
public sealed class NumberComparer : ISetAnalyzer
{
    public const string MainEvent = "main event";

    private static readonly string[] Cumulative = ["killed", "injured", "detained", "arrested", "missing", "displaced"];

    private static readonly string[] MeasureOrder = ["killed", "injured", "missing", "detained", "attackers", "attendees", "evacuated", "displaced", "hostages"];

    public string Name => "NumberComparer";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        var docs = documents.ToDictionary(d => d.Id);
        var groups = findings
            .SelectMany(f => f.Numbers)
            .Where(n => n.Measure is not null)
            .GroupBy(n => (Event: n.IsMainEvent ? MainEvent : EventKey(n.Event), n.IsMainEvent, Measure: n.Measure!))
            .OrderBy(g => g.Key.IsMainEvent ? 0 : 1)
            .ThenBy(g => g.Key.Event, StringComparer.Ordinal)
            .ThenBy(g => Rank(g.Key.Measure))
            .ToList();

        var result = new List<NumberFinding>(groups.Count);
        foreach (var g in groups)
        {
            IReadOnlyList<NumberMention> values = [.. g
                .OrderBy(n => n.AsOf is null ? 0 : 1)
                .ThenBy(n => n.AsOf)
                .ThenBy(n => n.DocId, StringComparer.Ordinal)
                .ThenBy(n => n.Span.Start)];
            (NumberVerdict verdict, string explanation) = Judge(g.Key.Event, g.Key.Measure, values, docs);
            result.Add(new NumberFinding(g.Key.Event, g.Key.IsMainEvent, g.Key.Measure, values, verdict, explanation));
        }

        return set with { NumberFindings = [.. set.NumberFindings, .. result] };
    }

    /// <summary>The verdict for one group of values, already in time order, with a plain explanation.</summary>
    public static (NumberVerdict Verdict, string Explanation) Judge(
        string eventName, string measure, IReadOnlyList<NumberMention> values, IReadOnlyDictionary<string, AnnotatedDocument> docs)
    {
        string what = eventName == MainEvent ? measure : $"{measure} ({eventName})";
        string list = string.Join("; ", values.Select(v => Describe(v, docs)));
        if (values.Count == 1)
        {
            return (NumberVerdict.Consistent, $"One figure for {what}: {list}.");
        }

        if (SharePoint(values))
        {
            return (NumberVerdict.Consistent, $"The {values.Count} figures for {what} can all be true at once: {list}.");
        }

        CountedGroup[] groups = [.. values.Select(v => docs.TryGetValue(v.DocId, out AnnotatedDocument? d) ? CountedScope.Of(d.Text, v.Span) : new CountedGroup("", false))];
        string counted = string.Join(" vs ", groups.DistinctBy(g => g.Key).Select(g => g.ToString()));
        if (SameSentenceSplit(values, groups, docs) is { } split)
        {
            return (NumberVerdict.ScopeDifference, $"The figures for {what} count different groups of one report ({counted}): {split}. All: {list}.");
        }

        (NumberMention Earlier, NumberMention Later)? fall = FindFall(values);
        (NumberMention A, NumberMention B)? clash = FindSameTimeClash(values);
        if (Cumulative.Contains(measure) && fall is null && clash is null)
        {
            return Unordered(values) is { } u
                ? (NumberVerdict.CannotTell, $"The figures for {what} differ, but {Describe(u.A, docs)} and {Describe(u.B, docs)} are not dated apart, so a rising toll cannot be told from a conflict: {list}.")
                : (NumberVerdict.RisingCount, $"The figures for {what} differ but never fall over time, as a toll rises: {list}.");
        }

        if (!MeasureOrder.Contains(measure))
        {
            string kind = measure.StartsWith("money", StringComparison.Ordinal) ? "sums of money may be of different things" : $"counts of {measure} may be of different groups";
            return (NumberVerdict.CannotTell, $"The figures for {what} differ, but {kind}; nothing in the texts says they are the same: {list}.");
        }

        if (groups.Select(g => g.Key).Distinct().Count() > 1)
        {
            return (NumberVerdict.ScopeDifference, $"The figures for {what} count different groups ({counted}): {list}.");
        }

        string why = clash is { } c ? $"{Describe(c.A, docs)} and {Describe(c.B, docs)} give incompatible values for the same time"
            : fall is { } f ? $"{Describe(f.Later, docs)} is lower than the earlier {Describe(f.Earlier, docs)}"
            : "the values cannot all be true at once";
        return (NumberVerdict.Conflict, $"The figures for {what} conflict: {why}. All: {list}.");
    }

    // Two values of one sentence that count different groups ("killed 13 soldiers and dozens of civilians",
    // "eleven people, including four gunmen") are not two reports of one figure.
    private static string? SameSentenceSplit(IReadOnlyList<NumberMention> values, CountedGroup[] groups, IReadOnlyDictionary<string, AnnotatedDocument> docs)
    {
        for (int i = 0; i < values.Count; i++)
        {
            for (int j = i + 1; j < values.Count; j++)
            {
                NumberMention a = values[i], b = values[j];
                if (a.DocId == b.DocId && groups[i].Key != groups[j].Key && docs.TryGetValue(a.DocId, out AnnotatedDocument? d)
                    && d.Sentences.Any(s => s.Span.Contains(a.Span) && s.Span.Contains(b.Span)))
                {
                    return $"{a.Text} ({groups[i]}) and {b.Text} ({groups[j]}) in one sentence of {DocumentNames.Of(d.Document)}";
                }
            }
        }

        return null;
    }

    private static bool SharePoint(IReadOnlyList<NumberMention> values)
    {
        NumberInterval? common = NumberInterval.Of(values[0]);
        for (int i = 1; i < values.Count && common is not null; i++)
        {
            common = common.Value.Intersect(NumberInterval.Of(values[i]));
        }

        return common is not null;
    }

    // A later report whose largest possible value is below an earlier report's smallest. Unknown dates are not
    // ordered, and a vague earlier figure ("dozens") never makes a later one a fall.
    private static (NumberMention, NumberMention)? FindFall(IReadOnlyList<NumberMention> values)
    {
        foreach (NumberMention a in values)
        {
            foreach (NumberMention b in values)
            {
                if (a.AsOf is { } da && b.AsOf is { } db && da.Latest < db.Earliest && !a.IsVague)
                {
                    NumberInterval ia = NumberInterval.Of(a), ib = NumberInterval.Of(b);
                    if (ib.High < ia.Low || (ib.High == ia.Low && (ib.HighOpen || ia.LowOpen)))
                    {
                        return (a, b);
                    }
                }
            }
        }

        return null;
    }

    // Two incompatible figures whose as-of times do not order them: one or both unknown, or the same inferred date.
    private static (NumberMention A, NumberMention B)? Unordered(IReadOnlyList<NumberMention> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            for (int j = i + 1; j < values.Count; j++)
            {
                NumberMention a = values[i], b = values[j];
                if (NumberInterval.Of(a).Intersect(NumberInterval.Of(b)) is null
                    && (a.AsOf is not { } da || b.AsOf is not { } db || !(da.Latest < db.Earliest || db.Latest < da.Earliest)))
                {
                    return (a, b);
                }
            }
        }

        return null;
    }

    // Two figures given as of the same day (read from the text, not inferred) that share no value.
    private static (NumberMention, NumberMention)? FindSameTimeClash(IReadOnlyList<NumberMention> values)
    {
        for (int i = 0; i < values.Count; i++)
        {
            for (int j = i + 1; j < values.Count; j++)
            {
                NumberMention a = values[i], b = values[j];
                if (a.AsOf is { HasDay: true } da && da == b.AsOf && !a.AsOfInferred && !b.AsOfInferred
                    && NumberInterval.Of(a).Intersect(NumberInterval.Of(b)) is null)
                {
                    return (a, b);
                }
            }
        }

        return null;
    }

    private static string Describe(NumberMention n, IReadOnlyDictionary<string, AnnotatedDocument> docs)
    {
        string file = docs.TryGetValue(n.DocId, out AnnotatedDocument? d) ? DocumentNames.Of(d.Document) : n.DocId;
        string source = n.Holder is null ? file : $"{n.Holder} in {file}";
        string when = n.AsOf is { } a ? (n.AsOfInferred ? $"about {a}" : a.ToString()) : "date unknown";
        return string.Create(CultureInfo.InvariantCulture, $"{n.Text} ({source}, {when})");
    }

    /// <summary>"Bombings, 1999" and "bombing, 1999" are one event.</summary>
    public static string EventKey(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return "other event";
        }

        string[] parts = description.Trim().ToLowerInvariant().Split(',', 2, StringSplitOptions.TrimEntries);
        string noun = parts[0];
        if (noun.Length > 4 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal))
        {
            noun = noun[..^1];
        }

        return parts.Length > 1 ? $"{noun}, {parts[1]}" : noun;
    }

    private static int Rank(string measure)
    {
        int i = Array.IndexOf(MeasureOrder, measure);
        return i < 0 ? MeasureOrder.Length : i;
    }
}
