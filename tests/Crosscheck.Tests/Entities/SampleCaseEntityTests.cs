using System.Text;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

[Trait("Category", "Slow")]
public sealed class SampleCaseEntityTests
{
    [Fact]
    public void Should_find_entity_mentions_in_every_sample_document()
    {
        EntitySampleCase.Result r = EntitySampleCase.Get();
        var sb = new StringBuilder();
        foreach (DocumentFindings f in r.Findings)
        {
            sb.AppendLine($"== {r.FileOf(f.DocId)}: {f.Entities.Count} mentions");
            foreach (IGrouping<string, EntityMention> g in f.Entities.GroupBy(m => m.Canonical).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                sb.AppendLine($"  {g.First().Type,-12} {g.Key} ({g.Count()}): {string.Join(" | ", g.Select(m => m.Text).Distinct())}");
            }
        }

        EntitySampleCase.Dump(sb.ToString());
        r.Findings.ShouldAllBe(f => f.Entities.Count > 10);
    }
}
