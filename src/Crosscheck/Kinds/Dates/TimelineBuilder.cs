using Crosscheck.Model;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// The timeline of the set: one entry per distinct resolved date (a day, a month or a year are distinct
/// entries), with the mentions of every source that gives it, sorted by date. The entry's description is
/// the most informative event description among its mentions. Unresolved dates are left out.
/// </summary>
public sealed class TimelineBuilder : ISetAnalyzer
{
    public string Name => "TimelineBuilder";

    public SetFindings Analyze(IReadOnlyList<AnnotatedDocument> documents, IReadOnlyList<DocumentFindings> findings, SetFindings set)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(set);
        List<TimelineEntry> timeline = [.. findings
            .SelectMany((f, docIndex) => f.Dates.Where(d => d.Value is not null).Select(d => (Mention: d, DocIndex: docIndex)))
            .GroupBy(x => x.Mention.Value!.Value)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                List<DateMention> mentions = [.. g.OrderBy(x => x.DocIndex).ThenBy(x => x.Mention.Span.Start).Select(x => x.Mention)];
                return new TimelineEntry(g.Key, Describe(mentions), mentions);
            })];
        return set with { Timeline = timeline };
    }

    /// <summary>The event with the most distinct content words (the first on a tie), else the date text.</summary>
    private static string Describe(List<DateMention> mentions)
    {
        string? best = null;
        int bestScore = -1;
        foreach (DateMention m in mentions)
        {
            if (string.IsNullOrWhiteSpace(m.Event))
            {
                continue;
            }

            int score = m.Event.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.Trim(',', '.', ';', ':', '“', '”', '"', '(', ')').ToLowerInvariant())
                .Where(w => w.Length > 3)
                .Distinct(StringComparer.Ordinal)
                .Count();
            if (score > bestScore)
            {
                (best, bestScore) = (m.Event, score);
            }
        }

        return best ?? mentions[0].Text;
    }
}
