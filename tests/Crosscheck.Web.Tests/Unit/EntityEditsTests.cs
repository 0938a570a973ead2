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
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Unit;

/// <summary>Hand edits of the entity index applied to a report.</summary>
public sealed class EntityEditsTests
{
    private static readonly Report Report = new("crosscheck", "2024-01-01", [], [], [], [], [], [], [],
        [
            new ReportEntity("e1", "Harbour Office", "organization", ["Harbour Office", "the office", "HO"], new Dictionary<string, int> { ["a.txt"] = 2, ["b.txt"] = 1 }),
            new ReportEntity("e2", "Port Authority", "organization", ["Port Authority"], new Dictionary<string, int> { ["b.txt"] = 1 }),
        ],
        [
            new ReportEntityMention("a.txt", "e1", "Harbour Office", 0, 14),
            new ReportEntityMention("a.txt", "e1", "HO", 20, 22),
            new ReportEntityMention("b.txt", "e1", "the office", 5, 15),
            new ReportEntityMention("b.txt", "e2", "Port Authority", 30, 44),
        ],
        [], []);

    [Fact]
    public void Should_merge_aliases_counts_and_mentions_into_the_target()
    {
        Report r = EntityEdits.Apply(Report, [Edit(EntityEdit.Merge, "port authority", "HO")]);

        ReportEntity merged = r.Entities.ShouldHaveSingleItem();
        merged.Id.ShouldBe("e1");
        merged.Aliases.ShouldBe(["Harbour Office", "the office", "HO", "Port Authority"]);
        merged.MentionsPerDoc.ShouldBe(new Dictionary<string, int> { ["a.txt"] = 2, ["b.txt"] = 2 }, ignoreOrder: true);
        r.EntityMentions.ShouldAllBe(m => m.Entity == "e1");
    }

    [Fact]
    public void Should_split_an_alias_into_its_own_entity_with_its_mentions()
    {
        Report r = EntityEdits.Apply(Report, [Edit(EntityEdit.Split, "Harbour Office", "the office")]);

        r.Entities.Count.ShouldBe(3);
        r.Entities.Single(e => e.Id == "e1").Aliases.ShouldBe(["Harbour Office", "HO"]);
        r.Entities.Single(e => e.Id == "e1").MentionsPerDoc.ShouldBe(new Dictionary<string, int> { ["a.txt"] = 2 }, ignoreOrder: true);
        ReportEntity split = r.Entities.Single(e => e.Id == "e1/the office");
        split.Name.ShouldBe("the office");
        split.MentionsPerDoc.ShouldBe(new Dictionary<string, int> { ["b.txt"] = 1 }, ignoreOrder: true);
        r.EntityMentions.Single(m => m.Text == "the office").Entity.ShouldBe("e1/the office");
    }

    [Fact]
    public void Should_rename_an_entity_whose_name_is_split_off()
    {
        Report r = EntityEdits.Apply(Report, [Edit(EntityEdit.Split, "e1 is not a name", "x"), Edit(EntityEdit.Split, "HO", "Harbour Office")]);

        r.Entities.Single(e => e.Id == "e1").Name.ShouldBe("HO");
        r.Entities.Single(e => e.Id == "e1/Harbour Office").Name.ShouldBe("Harbour Office");
    }

    [Fact]
    public void Should_skip_edits_that_name_entities_the_report_does_not_have()
    {
        Report r = EntityEdits.Apply(Report, [Edit(EntityEdit.Merge, "Nobody", "HO"), Edit(EntityEdit.Split, "Port Authority", "Port Authority")]);

        r.ShouldBeSameAs(Report);
    }

    private static EntityEdit Edit(string action, string entity, string other) => new(1, action, entity, other, "2024-01-01T00:00:00Z");
}
