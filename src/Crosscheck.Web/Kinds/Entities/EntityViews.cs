using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;
using Crosscheck.Web.Workspace;

using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Kinds.Entities;

/// <summary>The entities views of the API and the pages, built from a case snapshot.</summary>
public static class EntityViews
{
    public static EntityIndex Entities(CaseSnapshot c, IReadOnlyList<EntityEdit> edits, IReadOnlyDictionary<string, long>? versions = null)
    {
        Dictionary<(string Entity, string Doc), ReportEntityMention> first = [];
        foreach (ReportEntityMention m in c.Report.EntityMentions)
        {
            first.TryAdd((m.Entity, m.Doc), m);
        }

        var entities = c.Report.Entities
            .OrderByDescending(e => e.MentionsPerDoc.Count)
            .ThenByDescending(e => e.MentionsPerDoc.Values.Sum())
            .ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new EntityView(e.Id, e.Name, e.Type, e.Aliases, e.MentionsPerDoc.Values.Sum(),
                [.. e.MentionsPerDoc.OrderBy(kv => c.Number(kv.Key)).Select(kv => new EntityDocCount(kv.Key, c.Number(kv.Key), kv.Value,
                    first.TryGetValue((e.Id, kv.Key), out ReportEntityMention? m) ? c.FindingHref(m.Doc, "entity", m.Start, m.End) : c.DocHref(kv.Key)))],
                versions?.GetValueOrDefault(e.Name) ?? 0))
            .ToList();
        return new EntityIndex(entities, edits);
    }
}
