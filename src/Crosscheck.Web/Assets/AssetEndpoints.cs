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

namespace Crosscheck.Web.Assets;

/// <summary>The stylesheet (the HTML report's, plus the workspace's own) and the script, served from the assembly: nothing comes from outside.</summary>
public static class AssetEndpoints
{
    private static readonly Lazy<string> Css = new(() => HtmlAssets.Css + "\n" + Resource("workspace.css"));
    private static readonly Lazy<string> Js = new(() => Resource("workspace.js"));

    private const string Icon =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 32 32\"><rect width=\"32\" height=\"32\" rx=\"7\" fill=\"#12263f\"/>" +
        "<path d=\"M5 17l4 4 8-10M14 19l2 2 11-13\" fill=\"none\" stroke=\"#7cc4ff\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></svg>";

    public static void Map(WebApplication app)
    {
        RouteGroupBuilder assets = app.MapGroup("/assets").ExcludeFromDescription();
        assets.MapGet("/workspace.css", () => Results.Text(Css.Value, "text/css; charset=utf-8"));
        assets.MapGet("/workspace.js", () => Results.Text(Js.Value, "text/javascript; charset=utf-8"));
        assets.MapGet("/icon.svg", () => Results.Text(Icon, "image/svg+xml"));
        app.MapGet("/favicon.ico", () => Results.Text(Icon, "image/svg+xml")).ExcludeFromDescription();
    }

    private static string Resource(string name)
    {
        using Stream stream = typeof(AssetEndpoints).Assembly.GetManifestResourceStream($"Crosscheck.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
