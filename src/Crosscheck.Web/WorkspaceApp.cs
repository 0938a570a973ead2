using System.Text.Json;
using System.Text.Json.Serialization;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Assets;
using Crosscheck.Web.Pages;
using Crosscheck.Web.Workspace;

namespace Crosscheck.Web;

/// <summary>
/// Builds the web workspace: ASP.NET Core (Kestrel) over one case store, server-rendered pages, the JSON
/// API under /api with its OpenAPI document at /openapi/v1.json, and the security headers.
/// Binds to http://127.0.0.1:5000 unless told otherwise (--urls).
/// </summary>
public static class WorkspaceApp
{
    public const string DefaultUrl = "http://127.0.0.1:5000";

    /// <param name="settings">The store to serve; null: from configuration key "db" (e.g. --db FILE), default ./crosscheck-out/crosscheck.db.</param>
    /// <param name="args">Command-line arguments for the host (e.g. --urls).</param>
    public static WebApplication Create(WorkspaceSettings? settings, string[]? args = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [] });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failure to start (a port in use) reaches the caller as an exception, which says it in one line
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddSingleton(sp => new CaseWorkspace(
            settings ?? WorkspaceSettings.ForDb(sp.GetRequiredService<IConfiguration>()["db"] ?? Path.Combine("crosscheck-out", "crosscheck.db"))
                with { AllowPrivateLinks = string.Equals(sp.GetRequiredService<IConfiguration>()["allow-private"], "true", StringComparison.OrdinalIgnoreCase) }));
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Crosscheck workspace API";
            doc.Info.Description = "Everything the workspace pages show, as JSON (snake_case, like report.json). " +
                $"Requests that change something need the header {WorkspaceSecurity.RequestHeader}: 1.";
            return Task.CompletedTask;
        }));

        IReadOnlySet<string>? allowedHosts = WorkspaceSecurity.AllowedHosts(builder.Configuration["urls"] ?? DefaultUrl);
        WebApplication app = builder.Build();
        app.Use((context, next) => WorkspaceSecurity.Handle(context, next, allowedHosts));
        app.MapOpenApi().ExcludeFromDescription();
        AssetEndpoints.Map(app);
        PageEndpoints.Map(app);
        ApiEndpoints.Map(app);
        return app;
    }

    /// <summary>The API's JSON conventions: snake_case names and enum values, as in report.json.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.WriteIndented = true;
    }
}
