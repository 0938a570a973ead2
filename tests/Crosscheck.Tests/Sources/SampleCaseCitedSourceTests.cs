using System.Text;
using System.Text.Json;
using Crosscheck.Model;
using Crosscheck.Tests.Entities;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Sources;

/// <summary>Acceptance on the sample case: the cited sources of gold.json are found in the right document.</summary>
[Trait("Category", "Slow")]
public sealed class SampleCaseCitedSourceTests
{
    [Fact]
    public void Should_find_the_gold_cited_sources_in_their_documents()
    {
        EntitySampleCase.Result r = EntitySampleCase.Get();
        using JsonDocument gold = EntitySampleCase.Gold();
        var sb = new StringBuilder();
        int found = 0, total = 0;
        foreach (JsonElement doc in gold.RootElement.GetProperty("cited_sources").EnumerateArray())
        {
            string file = doc.GetProperty("doc").GetString()!;
            DocumentFindings f = r.Findings.First(x => r.FileOf(x.DocId) == file);
            foreach (JsonElement s in doc.GetProperty("sources").EnumerateArray())
            {
                total++;
                string name = s.GetString()!;
                bool hit = f.CitedSources.Any(c => SourceNames.LooselyEqual(name, c.Name));
                found += hit ? 1 : 0;
                sb.AppendLine($"{(hit ? "OK " : "MISS")} {file}: {name}");
            }
        }

        foreach (DocumentFindings f in r.Findings)
        {
            sb.AppendLine($"{r.FileOf(f.DocId)}: {f.CitedSources.Count} cited ({f.CitedSources.Select(c => c.Name).Distinct().Count()} distinct): "
                + string.Join("; ", f.CitedSources.Select(c => $"{c.Name} [{c.Kind}, {c.Cue}]")));
        }

        sb.AppendLine($"found {found}/{total}");
        EntitySampleCase.Dump(sb.ToString());
        found.ShouldBeGreaterThanOrEqualTo(10, sb.ToString());
        r.Findings.SelectMany(x => x.CitedSources).Count(c => c.Kind == CitedSourceKind.Person).ShouldBe(0);
    }
}
