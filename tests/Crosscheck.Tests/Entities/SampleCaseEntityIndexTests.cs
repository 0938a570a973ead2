using System.Text;
using System.Text.Json;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

/// <summary>Acceptance on the sample case: the gold alias sets of gold.json resolve to one entity each.</summary>
[Trait("Category", "Slow")]
public sealed class SampleCaseEntityIndexTests
{
    [Fact]
    public void Should_resolve_gold_alias_sets_to_one_entity_each()
    {
        EntitySampleCase.Result r = EntitySampleCase.Get();
        using JsonDocument gold = EntitySampleCase.Gold();
        var sb = new StringBuilder();
        int resolved = 0, total = 0;
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonElement set in gold.RootElement.GetProperty("entity_aliases").EnumerateArray())
        {
            total++;
            string canonical = set.GetProperty("canonical").GetString()!;
            var found = new List<(string Alias, Entity? Entity)>();
            foreach (JsonElement a in set.GetProperty("aliases").EnumerateArray())
            {
                string alias = a.GetString()!;
                found.Add((alias, r.Set.Entities.FirstOrDefault(e => e.Aliases.Contains(alias, StringComparer.Ordinal))));
            }

            var ids = found.Where(f => f.Entity is not null).Select(f => f.Entity!.Id).Distinct().ToList();
            bool ok = ids.Count == 1;
            resolved += ok ? 1 : 0;
            if (ids.Count > 0)
            {
                entityOf[canonical] = ids[0];
            }

            sb.AppendLine($"{(ok ? "OK " : "BAD")} {canonical}: " + string.Join(", ", found.Select(f => $"{f.Alias}→{f.Entity?.Id ?? "-"}")));
        }

        sb.AppendLine($"resolved {resolved}/{total}");
        foreach (Entity e in r.Set.Entities.Take(60))
        {
            sb.AppendLine($"  {e.Id} {e.Type} {e.Name} ({e.Mentions.Count}, {e.Mentions.Select(m => m.DocId).Distinct().Count()} docs): {string.Join(" | ", e.Aliases)}");
        }

        EntitySampleCase.Dump(sb.ToString());
        entityOf["ISIS-K"].ShouldNotBe(entityOf["Islamic State"]);
        resolved.ShouldBeGreaterThanOrEqualTo(6, sb.ToString());
    }
}
