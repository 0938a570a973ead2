using Crosscheck.Reporting;

namespace Crosscheck.Web.Assets;

/// <summary>The stylesheet (the HTML report's, plus the workspace's own) and the script, served from the assembly: nothing comes from outside.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<string> Css = new(() => HtmlAssets.Css + "\n" + Resource("workspace.css"));
    private static readonly Lazy<string> Js = new(() => Resource("workspace.js"));

    public static void Map(WebApplication app)
    {
        RouteGroupBuilder assets = app.MapGroup("/assets").ExcludeFromDescription();
        assets.MapGet("/workspace.css", () => Results.Text(Css.Value, "text/css; charset=utf-8"));
        assets.MapGet("/workspace.js", () => Results.Text(Js.Value, "text/javascript; charset=utf-8"));
    }

    private static string Resource(string name)
    {
        using Stream stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream($"Crosscheck.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
