using Crosscheck.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Every endpoint the app maps is one this suite calls: a new endpoint without a test fails here.</summary>
public sealed class EndpointCoverageTests(SampleStore sample)
{
    /// <summary>The API endpoints and the test class that covers each.</summary>
    public static IReadOnlyList<(string Method, string Route, string TestedIn)> ApiRoutes() =>
    [
        ("GET", "/api/case", nameof(ReadEndpointTests)),
        ("GET", "/api/documents", nameof(ReadEndpointTests)),
        ("GET", "/api/documents/{id}", nameof(ReadEndpointTests)),
        ("GET", "/api/quotes", nameof(ReadEndpointTests)),
        ("GET", "/api/numbers", nameof(ReadEndpointTests)),
        ("GET", "/api/timeline", nameof(ReadEndpointTests)),
        ("GET", "/api/entities", nameof(ReadEndpointTests)),
        ("GET", "/api/hypotheses", nameof(ReadEndpointTests)),
        ("GET", "/api/search", nameof(ReadEndpointTests)),
        ("GET", "/api/jobs/current", nameof(ReadEndpointTests)),
        ("POST", "/api/entities/merge", nameof(EntityEditTests)),
        ("POST", "/api/entities/split", nameof(EntityEditTests)),
        ("DELETE", "/api/entities/edits/{id}", nameof(EntityEditTests)),
        ("POST", "/api/documents", nameof(UploadTests)),
        ("POST", "/api/documents/text", nameof(UploadTests)),
        ("POST", "/api/documents/link", nameof(LinkUploadTests)),
        ("GET", "/api/export/report.json", nameof(ExportTests)),
        ("GET", "/api/export/{table}.csv", nameof(ExportTests)),
        ("GET", "/api/export/{format}", nameof(ExportTests)),
    ];

    /// <summary>The pages and assets, covered by <see cref="Pages.PageTests"/>.</summary>
    public static IReadOnlyList<string> PageRoutes() =>
        ["/", "/documents", "/documents/{id}", "/quotes", "/numbers", "/timeline", "/entities", "/hypotheses", "/search", "/add", "/assets/workspace.css", "/assets/workspace.js", "/assets/icon.svg", "/favicon.ico", "/openapi/{documentName}.json"];

    [Fact]
    public void Should_have_a_test_for_every_mapped_endpoint()
    {
        using var factory = new WorkspaceFactory(sample.Settings);
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').Replace(":long", string.Empty))
            .Select(r => r == "/" ? "/" : r.TrimEnd('/'))
            .ToHashSet();

        mapped.ShouldBe(ApiRoutes().Select(r => r.Route).Concat(PageRoutes()).ToHashSet(), ignoreOrder: true);
    }
}
