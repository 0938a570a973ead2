using System.Net.Http.Json;
using System.Text.Json;
using Crosscheck.Web.Workspace;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Crosscheck.Web.Tests.Infrastructure;

/// <summary>The workspace in the framework's test host, over the store given.</summary>
public sealed class WorkspaceFactory(WorkspaceSettings settings) : WebApplicationFactory<WorkspaceProgram>
{
    public static readonly JsonSerializerOptions Json = CreateJson();

    public WorkspaceSettings Settings { get; } = settings;

    /// <summary>The workspace service the app uses (to await a background analysis).</summary>
    public CaseWorkspace Workspace => Services.GetRequiredService<CaseWorkspace>();

    /// <summary>A client that sends the header the workspace's own pages send with every change.</summary>
    public HttpClient PageClient()
    {
        HttpClient client = CreateClient();
        client.DefaultRequestHeaders.Add(WorkspaceSecurity.RequestHeader, "1");
        return client;
    }

    public async Task<T> Get<T>(HttpClient client, string url)
    {
        HttpResponseMessage response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(Json) ?? throw new InvalidDataException($"{url}: empty body");
    }

    /// <summary>Waits for the background analysis to end and returns how it ended.</summary>
    public async Task<JobStatus> FinishAnalysis(HttpClient client)
    {
        await Workspace.Analysis.WaitAsync(TimeSpan.FromMinutes(2));
        return await Get<JobStatus>(client, "/api/jobs/current");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("db", Settings.DbPath).UseSetting("allow-private", Settings.AllowPrivateLinks ? "true" : "false");

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions();
        WorkspaceApp.ConfigureJson(options);
        return options;
    }
}
