using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Store;

/// <summary>
/// Applies hand edits of the entity index (<see cref="EntityEdit"/>) to a report, in order. An edit that
/// names an entity the report does not have (the text changed, or an earlier edit removed it) is skipped.
/// </summary>
public static class EntityEdits
{
    public static Report Apply(Report report, IEnumerable<EntityEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(edits);
        var entities = report.Entities.ToList();
        var mentions = report.EntityMentions.ToList();
        bool changed = false;
        foreach (EntityEdit edit in edits)
        {
            changed |= edit.Action switch
            {
                EntityEdit.Merge => Merge(entities, mentions, edit.Entity, edit.Other),
                EntityEdit.Split => Split(entities, mentions, edit.Entity, edit.Other),
                _ => false,
            };
        }

        return changed ? report with { Entities = entities, EntityMentions = mentions } : report;
    }

    /// <summary>The entity called <paramref name="name"/>: by its name first, else by an alias (case ignored).</summary>
    public static ReportEntity? Find(IReadOnlyList<ReportEntity> entities, string name) =>
        entities.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? entities.FirstOrDefault(e => e.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    private static bool Merge(List<ReportEntity> entities, List<ReportEntityMention> mentions, string fromName, string intoName)
    {
        ReportEntity? from = Find(entities, fromName), into = Find(entities, intoName);
        if (from is null || into is null || from.Id == into.Id)
        {
            return false;
        }

        var perDoc = new Dictionary<string, int>(into.MentionsPerDoc, StringComparer.Ordinal);
        foreach ((string doc, int n) in from.MentionsPerDoc)
        {
            perDoc[doc] = perDoc.GetValueOrDefault(doc) + n;
        }

        List<string> aliases = [.. into.Aliases];
        foreach (string alias in from.Aliases.Prepend(from.Name))
        {
            if (!aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                aliases.Add(alias);
            }
        }

        entities[entities.IndexOf(into)] = into with { Aliases = aliases, MentionsPerDoc = perDoc };
        entities.Remove(from);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Entity == from.Id)
            {
                mentions[i] = mentions[i] with { Entity = into.Id };
            }
        }

        return true;
    }

    private static bool Split(List<ReportEntity> entities, List<ReportEntityMention> mentions, string entityName, string alias)
    {
        ReportEntity? entity = Find(entities, entityName);
        if (entity is null)
        {
            return false;
        }

        var moved = mentions.Where(m => m.Entity == entity.Id && string.Equals(m.Text, alias, StringComparison.OrdinalIgnoreCase)).ToList();
        List<string> rest = [.. entity.Aliases.Where(a => !string.Equals(a, alias, StringComparison.OrdinalIgnoreCase))];
        bool nameLeaves = string.Equals(entity.Name, alias, StringComparison.OrdinalIgnoreCase);
        if (rest.Count == 0 || (moved.Count == 0 && !entity.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase)))
        {
            return false;
        }

        string newId = $"{entity.Id}/{alias}";
        var perDoc = new Dictionary<string, int>(entity.MentionsPerDoc, StringComparer.Ordinal);
        var splitPerDoc = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ReportEntityMention m in moved)
        {
            splitPerDoc[m.Doc] = splitPerDoc.GetValueOrDefault(m.Doc) + 1;
            if (perDoc.TryGetValue(m.Doc, out int n))
            {
                if (n <= 1)
                {
                    perDoc.Remove(m.Doc);
                }
                else
                {
                    perDoc[m.Doc] = n - 1;
                }
            }
        }

        var movedSet = moved.ToHashSet();
        var remaining = mentions.Where(m => m.Entity == entity.Id && !movedSet.Contains(m)).ToList();
        string name = nameLeaves
            ? remaining.CountBy(m => m.Text).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault() ?? rest[0]
            : entity.Name;
        string splitName = moved.Count > 0 ? moved.CountBy(m => m.Text).OrderByDescending(kv => kv.Value).First().Key : alias;
        entities[entities.IndexOf(entity)] = entity with { Name = name, Aliases = rest, MentionsPerDoc = perDoc };
        entities.Add(new ReportEntity(newId, splitName, entity.Type, [splitName], splitPerDoc));
        for (int i = 0; i < mentions.Count; i++)
        {
            if (movedSet.Contains(mentions[i]))
            {
                mentions[i] = mentions[i] with { Entity = newId };
            }
        }

        return true;
    }
}
