using System.Net.Http.Json;
using System.Net;
using Crosscheck.Store;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Merging and splitting entities by hand: the edit persists in the store and survives a restart and a re-analysis.</summary>
public sealed class EntityEditTests(SampleStore sample)
{
    [Fact]
    public async Task Should_merge_two_entities_and_keep_the_merge_after_a_restart_and_a_reanalysis()
    {
        var settings = sample.Copy();
        string from, into;
        using (var factory = new WorkspaceFactory(settings))
        {
            HttpClient client = factory.PageClient();
            EntityIndex before = await factory.Get<EntityIndex>(client, "/api/entities");
            from = before.Entities[3].Name;
            into = before.Entities[2].Name;
            int mentions = before.Entities[2].Mentions + before.Entities[3].Mentions;

            HttpResponseMessage response = await client.PostAsJsonAsync("/api/entities/merge", new EntityEditRequest(from, into), WorkspaceFactory.Json);

            response.StatusCode.ShouldBe(HttpStatusCode.Created);
            EntityIndex after = await factory.Get<EntityIndex>(client, "/api/entities");
            after.Entities.Count.ShouldBe(before.Entities.Count - 1);
            after.Entities.ShouldNotContain(e => e.Name == from);
            EntityView merged = after.Entities.Single(e => e.Name == into);
            merged.Aliases.ShouldContain(from);
            merged.Mentions.ShouldBe(mentions);
            after.Edits.ShouldHaveSingleItem().Action.ShouldBe(EntityEdit.Merge);
        }

        using (var restarted = new WorkspaceFactory(settings))
        {
            HttpClient client = restarted.PageClient();
            (await restarted.Get<EntityIndex>(client, "/api/entities")).Entities.ShouldNotContain(e => e.Name == from);

            restarted.Workspace.TryStartAnalysis("test re-analysis").ShouldBeTrue();
            (await restarted.FinishAnalysis(client)).State.ShouldBe("done");

            EntityIndex reanalyzed = await restarted.Get<EntityIndex>(client, "/api/entities");
            reanalyzed.Entities.ShouldNotContain(e => e.Name == from);
            reanalyzed.Entities.Single(e => e.Name == into).Aliases.ShouldContain(from);
        }
    }

    [Fact]
    public async Task Should_split_an_alias_off_and_undo_it()
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();
        EntityIndex before = await factory.Get<EntityIndex>(client, "/api/entities");
        EntityView entity = before.Entities.First(e => e.Aliases.Count >= 3);
        string alias = entity.Aliases.First(a => a != entity.Name);

        HttpResponseMessage response = await client.PostAsJsonAsync("/api/entities/split", new EntityEditRequest(entity.Name, alias), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        EntityEdit edit = (await response.Content.ReadFromJsonAsync<EntityEdit>(WorkspaceFactory.Json))!;
        EntityIndex after = await factory.Get<EntityIndex>(client, "/api/entities");
        after.Entities.Count.ShouldBe(before.Entities.Count + 1);
        after.Entities.Single(e => e.Id == entity.Id).Aliases.ShouldNotContain(alias);
        EntityView split = after.Entities.Single(e => e.Id == $"{entity.Id}/{alias}");
        split.Mentions.ShouldBeGreaterThan(0);
        (split.Mentions + after.Entities.Single(e => e.Id == entity.Id).Mentions).ShouldBe(entity.Mentions);

        (await client.DeleteAsync($"/api/entities/edits/{edit.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        EntityIndex undone = await factory.Get<EntityIndex>(client, "/api/entities");
        undone.Entities.Count.ShouldBe(before.Entities.Count);
        undone.Entities.Single(e => e.Id == entity.Id).Aliases.ShouldContain(alias);
        (await client.DeleteAsync($"/api/entities/edits/{edit.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/entities/merge", "No Such Entity Anywhere", "x", "no entity named")]
    [InlineData("/api/entities/split", "No Such Entity Anywhere", "x", "no entity named")]
    [InlineData("/api/entities/merge", "", "x", "give both names")]
    public async Task Should_refuse_an_edit_of_an_unknown_entity_with_the_reason(string url, string entity, string other, string reason)
    {
        using var factory = new WorkspaceFactory(sample.Settings);
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsJsonAsync(url, new EntityEditRequest(entity, other), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error.ShouldContain(reason);
    }

    [Fact]
    public async Task Should_refuse_to_split_a_name_the_entity_does_not_have()
    {
        using var factory = new WorkspaceFactory(sample.Settings);
        HttpClient client = factory.PageClient();
        EntityView entity = (await factory.Get<EntityIndex>(client, "/api/entities")).Entities[0];

        HttpResponseMessage response = await client.PostAsJsonAsync("/api/entities/split", new EntityEditRequest(entity.Name, "Zzyzx Qqq"), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("has no name");
    }

    [Fact]
    public async Task Should_refuse_an_edit_made_on_a_stale_view_with_409_naming_the_edit_that_came_first()
    {
        // Given two analysts who loaded the same entity list
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();
        EntityIndex view = await factory.Get<EntityIndex>(client, "/api/entities");
        EntityView entity = view.Entities.First(e => e.Aliases.Count >= 3);
        EntityView other = view.Entities.First(e => e.Id != entity.Id);
        string alias = entity.Aliases.First(a => a != entity.Name);
        entity.EditVersion.ShouldBe(0);

        // When the first splits an alias off the entity, and the second, from the same view, merges the entity away
        HttpResponseMessage first = await client.PostAsJsonAsync("/api/entities/split",
            new EntityEditRequest(entity.Name, alias, entity.EditVersion, null), WorkspaceFactory.Json);
        HttpResponseMessage second = await client.PostAsJsonAsync("/api/entities/merge",
            new EntityEditRequest(entity.Name, other.Name, entity.EditVersion, other.EditVersion), WorkspaceFactory.Json);

        // Then the split is kept, the merge is refused naming the split, and made again on the new view it is kept too
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        string error = (await second.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error;
        error.ShouldStartWith($"Your merge ‘{entity.Name}’ into ‘{other.Name}’ was not saved: ‘{entity.Name}’ was changed after you loaded it (version 0, now 1) by: split ‘{alias}’ out of ‘{entity.Name}’");
        EntityIndex now = await factory.Get<EntityIndex>(client, "/api/entities");
        now.Edits.ShouldHaveSingleItem().Action.ShouldBe(EntityEdit.Split);
        EntityView fresh = now.Entities.Single(e => e.Id == entity.Id);
        fresh.EditVersion.ShouldBe(1);
        (await client.PostAsJsonAsync("/api/entities/merge",
            new EntityEditRequest(fresh.Name, other.Name, fresh.EditVersion, now.Entities.Single(e => e.Id == other.Id).EditVersion), WorkspaceFactory.Json))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await factory.Get<EntityIndex>(client, "/api/entities")).Edits.Select(e => e.Action).ShouldBe([EntityEdit.Split, EntityEdit.Merge]);
    }
}
