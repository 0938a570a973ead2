using System.Diagnostics;
using Crosscheck.Kinds;
using Crosscheck.Kinds.Claims;
using Crosscheck.Kinds.Dates;
using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Kinds.Sources;
using Crosscheck.Model;
using Xunit;

namespace Crosscheck.Tests.Entities;

/// <summary>Manual timing over many bodies: runs only when CROSSCHECK_BODIES names a file of bodies separated by U+001E lines.</summary>
[Trait("Category", "Slow")]
public sealed class EntitySpeedCheck
{
    [Fact]
    public void Should_extract_many_bodies_quickly_when_asked()
    {
        if (Environment.GetEnvironmentVariable("CROSSCHECK_BODIES") is not { Length: > 0 } path)
        {
            return;
        }

        string[] bodies = File.ReadAllText(path).Split("\n\u001e\n");
        var docs = bodies.Select((b, i) => EntityTestDocuments.Annotate("b" + i, b)).ToList();
        var sw = Stopwatch.StartNew();
        var entities = new EntityExtractor();
        var sources = new CitedSourceExtractor();
        var findings = new DocumentFindings[docs.Count];
        Parallel.For(0, docs.Count, i => findings[i] = sources.Extract(docs[i], entities.Extract(docs[i], new DocumentFindings(docs[i].Id))));
        long extract = sw.ElapsedMilliseconds;
        IReadOnlyList<Entity> index = EntityIndexBuilder.Build([.. findings.SelectMany(f => f.Entities)]);
        EntitySampleCase.Dump($"bodies {docs.Count}: extract {extract} ms, index {sw.ElapsedMilliseconds - extract} ms, mentions {findings.Sum(f => f.Entities.Count)}, entities {index.Count}, cited {findings.Sum(f => f.CitedSources.Count)}\n"
            + string.Join("\n", findings.SelectMany(f => f.CitedSources).Take(40).Select(c => $"  {c.Name} [{c.Kind}, {c.Cue}]")) + "\n"
            + string.Join("\n", index.Take(40).Select(e => $"  {e.Type} {e.Name}: {string.Join(" | ", e.Aliases.Take(8))}")) + "\n");
        Assert.True(extract < 30000);
    }
}
