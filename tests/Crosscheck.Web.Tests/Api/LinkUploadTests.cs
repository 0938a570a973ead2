using System.Net;
using System.Net.Http.Json;
using Crosscheck.Tests.Ingestion;
using Crosscheck.Web.Api;
using Crosscheck.Web.Tests.Infrastructure;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Adding a link in the workspace: fetched under the link policy, refused with the reason, never added twice.</summary>
public sealed class LinkUploadTests(SampleStore sample)
{
    private const string Page = """
        <html><head><title>Ferry crossings resume after the storm</title></head><body><article>
        <h1>Ferry crossings resume after the storm</h1>
        <p>Ferry crossings to the islands resumed on Sunday after three days of storms, the ferry company said.</p>
        <p>About 1,200 passengers had been stranded in the port, according to the harbour master.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task Should_refuse_a_loopback_link_unless_the_workspace_allows_private_addresses()
    {
        using var server = new LocalWebServer();
        server.Page("ferry.html", "text/html", Page);
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsJsonAsync("/api/documents/link", new LinkRequest(server.Url("ferry.html")), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await response.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error.ShouldContain("--allow-private");
        (await factory.Get<List<DocumentSummary>>(client, "/api/documents")).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Should_refuse_what_is_not_a_link()
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsJsonAsync("/api/documents/link", new LinkRequest("file:///etc/passwd"), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_add_a_fetched_page_once_and_refuse_it_the_second_time_by_name()
    {
        using var server = new LocalWebServer();
        server.Page("ferry.html", "text/html", Page);
        using var factory = new WorkspaceFactory(sample.Copy() with { AllowPrivateLinks = true });
        HttpClient client = factory.PageClient();

        HttpResponseMessage first = await client.PostAsJsonAsync("/api/documents/link", new LinkRequest(server.Url("ferry.html")), WorkspaceFactory.Json);

        first.StatusCode.ShouldBe(HttpStatusCode.Accepted, await first.Content.ReadAsStringAsync());
        (await factory.FinishAnalysis(client)).State.ShouldBe("done");
        var docs = await factory.Get<List<DocumentSummary>>(client, "/api/documents");
        docs.Count.ShouldBe(6);
        docs.ShouldContain(d => d.Title == "Ferry crossings resume after the storm");

        HttpResponseMessage again = await client.PostAsync("/api/documents", UploadTests.Files(("ferry-copy.html", Page)));

        again.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await again.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error.ShouldContain("already in the case");
        (await factory.Get<List<DocumentSummary>>(client, "/api/documents")).Count.ShouldBe(6);
    }
}
