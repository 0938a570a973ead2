using Crosscheck.Web.Tests.Infrastructure;
using Crosscheck.Web.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Xunit;

namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// Headless Chromium (Debian's package, driven by Playwright) and the workspace on a real Kestrel port
/// (127.0.0.1, a free port) over a copy of the sample case. Null browser when Chromium is not installed.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly List<WebApplication> _apps = [];
    private IPlaywright? _playwright;

    public BrowserFixture(SampleStore sample) => Sample = sample;

    public SampleStore Sample { get; }

    /// <summary>The Chromium binary: $CROSSCHECK_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CROSSCHECK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Where screenshots go: $CROSSCHECK_SCREENSHOTS, else TestResults/screenshots in the repository.</summary>
    public static string ScreenshotFolder { get; } = Environment.GetEnvironmentVariable("CROSSCHECK_SCREENSHOTS") is { Length: > 0 } s
        ? s
        : Path.Combine(Crosscheck.Tests.TestPaths.RepoRoot, "TestResults", "screenshots");

    public IBrowser? Browser { get; private set; }

    /// <summary>The base URL of the workspace over a copy of the sample case.</summary>
    public string SampleUrl { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        if (!HasChromium)
        {
            return;
        }

        Directory.CreateDirectory(ScreenshotFolder);
        SampleUrl = await Start(Sample.Copy());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
    }

    /// <summary>Starts a workspace over <paramref name="settings"/> on a free port; returns its base URL.</summary>
    public async Task<string> Start(WorkspaceSettings settings)
    {
        WebApplication app = WorkspaceApp.Create(settings, ["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        _apps.Add(app);
        return app.Urls.First().TrimEnd('/');
    }

    public async Task<IPage> NewPage(int width, int height = 900)
    {
        IBrowserContext context = await Browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return await context.NewPageAsync();
    }

    public static Task Screenshot(IPage page, string name, bool fullPage = false) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (WebApplication app in _apps)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
