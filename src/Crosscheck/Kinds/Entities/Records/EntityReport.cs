using Crosscheck.Model;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Kinds.Entities.Records;

/// <summary>The entity index and the entity mentions of an analysis as report records.</summary>
public static class EntityReport
{
    public static IReadOnlyList<ReportEntity> Entities(ReportContext c) =>
        [.. c.Result.Set.Entities.Select(e => new ReportEntity(
            e.Id, e.Name, ReportContext.Snake(e.Type), e.Aliases,
            e.Mentions.GroupBy(m => c.File(m.DocId)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count())))];

    public static IReadOnlyList<ReportEntityMention> Mentions(ReportContext c)
    {
        var entityOfMention = new Dictionary<(string, int, int), string>();
        foreach (Entity e in c.Result.Set.Entities)
        {
            foreach (EntityMention m in e.Mentions)
            {
                entityOfMention[(m.DocId, m.Span.Start, m.Span.End)] = e.Id;
            }
        }

        return [.. c.Result.Findings.SelectMany(f => f.Entities).Select(m => new ReportEntityMention(
            c.File(m.DocId), entityOfMention.GetValueOrDefault((m.DocId, m.Span.Start, m.Span.End)) ?? m.Canonical, m.Text, m.Span.Start, m.Span.End))];
    }
}
