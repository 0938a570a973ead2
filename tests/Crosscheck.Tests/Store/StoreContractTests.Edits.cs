using Crosscheck.Store;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

public abstract partial class StoreContractTests
{
    private static readonly DateTimeOffset EditTime = new(2024, 3, 5, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Should_keep_entity_edits_in_order_and_undo_one()
    {
        using var store = new CrosscheckStore(Db);

        EntityEdit merge = store.AddEntityEdit(EntityEdit.Merge, "Harbour Board", "Port Authority", EditTime);
        EntityEdit split = store.AddEntityEdit(EntityEdit.Split, "Port Authority", "the pier office", EditTime.AddMinutes(1));

        store.EntityEdits().ShouldBe([merge, split]);
        merge.Id.ShouldBeLessThan(split.Id);
        store.RemoveEntityEdit(merge.Id).ShouldBeTrue();
        store.RemoveEntityEdit(merge.Id).ShouldBeFalse();
        store.EntityEdits().ShouldBe([split]);
    }

    [Fact]
    public void Should_raise_a_names_version_with_each_edit_and_undo_whatever_its_case()
    {
        using var store = new CrosscheckStore(Db);
        store.EditVersion("Harbour Board").ShouldBe(0);

        EntityEdit merge = store.AddEntityEdit(EntityEdit.Merge, "Harbour Board", "Port Authority", EditTime);
        store.EditVersion("harbour board").ShouldBe(1);
        store.EditVersion("Port Authority").ShouldBe(1);
        store.EditVersion("Pier Office").ShouldBe(0);

        store.RemoveEntityEdit(merge.Id);
        store.EditVersion("HARBOUR BOARD").ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_the_second_of_two_conflicting_edits_naming_the_first_and_lose_nothing()
    {
        // Given two analysts, each with their own handle on the store, who loaded the entities at the same versions
        using var first = new CrosscheckStore(Db);
        using var second = new CrosscheckStore(Db);
        var seen = new EntityEditBasis(second.EditVersion("Harbour Board"), second.EditVersion("Pier Office"));

        // When the first merges the entity away, and the second then splits a name out of it
        EntityEditResult merged = first.TryAddEntityEdit(EntityEdit.Merge, "Harbour Board", "Port Authority", EditTime,
            new EntityEditBasis(first.EditVersion("Harbour Board"), first.EditVersion("Port Authority")));
        EntityEditResult refused = second.TryAddEntityEdit(EntityEdit.Split, "Harbour Board", "Pier Office", EditTime.AddSeconds(5), seen);

        // Then the first is saved, the second is refused with a message naming the merge, and the store has the merge only
        merged.Saved.ShouldBeTrue();
        refused.Saved.ShouldBeFalse();
        EditConflict conflict = refused.Conflicts.ShouldHaveSingleItem();
        conflict.ShouldBe(new EditConflict("Harbour Board", 0, 1, $"merge ‘Harbour Board’ into ‘Port Authority’ (edit #{merged.Edit!.Id}, {merged.Edit.CreatedAt})"));
        refused.Message.ShouldBe(
            $"Your split ‘Pier Office’ out of ‘Harbour Board’ was not saved: ‘Harbour Board’ was changed after you loaded it (version 0, now 1) by: merge ‘Harbour Board’ into ‘Port Authority’ (edit #{merged.Edit.Id}, {merged.Edit.CreatedAt}). " +
            "Nothing was overwritten; reload the entities and make the edit again if it still applies.");
        first.EntityEdits().ShouldBe([merged.Edit]);
        second.EditVersion("Pier Office").ShouldBe(0);

        // And made again on what is there now, the second edit is saved beside the first
        EntityEditResult retried = second.TryAddEntityEdit(EntityEdit.Split, "Harbour Board", "Pier Office", EditTime.AddSeconds(9),
            new EntityEditBasis(second.EditVersion("Harbour Board"), second.EditVersion("Pier Office")));
        retried.Saved.ShouldBeTrue();
        first.EntityEdits().Select(e => e.Action).ShouldBe([EntityEdit.Merge, EntityEdit.Split]);
    }

    [Fact]
    public void Should_refuse_an_edit_made_before_an_undo()
    {
        using var first = new CrosscheckStore(Db);
        using var second = new CrosscheckStore(Db);
        EntityEdit merge = first.AddEntityEdit(EntityEdit.Merge, "Harbour Board", "Port Authority", EditTime);
        var seen = new EntityEditBasis(second.EditVersion("Port Authority"), second.EditVersion("Pier Office"));

        first.RemoveEntityEdit(merge.Id).ShouldBeTrue();
        EntityEditResult refused = second.TryAddEntityEdit(EntityEdit.Split, "Port Authority", "Pier Office", EditTime, seen);

        refused.Saved.ShouldBeFalse();
        refused.Conflicts.ShouldHaveSingleItem().LastChange.ShouldBe($"undo of merge ‘Harbour Board’ into ‘Port Authority’ (edit #{merge.Id})");
        first.EntityEdits().ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_lose_no_edit_when_two_writers_edit_the_same_entity_at_once()
    {
        // Given two writers, each with its own handle, editing the same entity as fast as they can,
        // each reloading the versions and trying again when its edit is refused
        const int EditsEach = 12;
        using (new CrosscheckStore(Db))
        {
        }

        void Write(string writer)
        {
            using var store = new CrosscheckStore(Db);
            for (int i = 0; i < EditsEach; i++)
            {
                while (true)
                {
                    var seen = new EntityEditBasis(store.EditVersion("Harbour Board"), store.EditVersion($"{writer} {i}"));
                    if (store.TryAddEntityEdit(EntityEdit.Split, "Harbour Board", $"{writer} {i}", EditTime, seen).Saved)
                    {
                        break;
                    }

                }
            }
        }

        CancellationToken cancel = TestContext.Current.CancellationToken;
        await Task.WhenAll(Task.Run(() => Write("east"), cancel), Task.Run(() => Write("west"), cancel)).WaitAsync(TimeSpan.FromMinutes(2), cancel);

        // Then every edit of both is there once, and the entity's version counts them all
        using var check = new CrosscheckStore(Db);
        IReadOnlyList<EntityEdit> edits = check.EntityEdits();
        edits.Select(e => e.Other).Order(StringComparer.Ordinal).ShouldBe(
            Enumerable.Range(0, EditsEach).SelectMany(i => new[] { $"east {i}", $"west {i}" }).Order(StringComparer.Ordinal));
        check.EditVersion("Harbour Board").ShouldBe(2 * EditsEach);
    }

    [Fact]
    public void Should_bring_a_version_1_store_to_the_latest_schema_keeping_its_runs()
    {
        // Given a store made by a crosscheck that knew only the first schema
        using (var old = new CrosscheckStore(Crosscheck.Store.StoreLocation.Parse(Db), schemaVersion: 1))
        {
            old.SchemaVersion.ShouldBe(1);
            old.Save(Tests.Reporting.ReportSamples.Small(), Run("r1"));
        }

        // When this one opens it
        using var store = new CrosscheckStore(Db);

        // Then it is migrated, its run is whole, and the new tables work
        store.SchemaVersion.ShouldBe(2);
        store.LoadLatestReport().ShouldNotBeNull().Documents.Count.ShouldBe(2);
        store.AddEntityEdit(EntityEdit.Merge, "Harbour Board", "Port Authority", EditTime).Id.ShouldBeGreaterThan(0);
        store.EditVersion("Port Authority").ShouldBe(1);
    }

    [Fact]
    public void Should_refuse_a_store_of_a_newer_schema_without_changing_it()
    {
        using (var store = new CrosscheckStore(Db))
        {
            store.ExecuteSql("INSERT INTO schema_version(version) VALUES (99)");
        }

        InvalidDataException e = Should.Throw<InvalidDataException>(() => new CrosscheckStore(Db));

        e.Message.ShouldBe("the store was written by a newer crosscheck (schema version 99, this one knows 2)");
    }
}
