using Crosscheck.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Browser;

/// <summary>
/// The workspace in headless Chromium, as an analyst uses it: ledger → highlighted sentence, search, upload,
/// keyboard, and the 1280 and 390 pixel widths. Screenshots go to <see cref="BrowserFixture.ScreenshotFolder"/>.
/// </summary>
[Trait("Category", "Slow")]
public sealed class BrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const float WaitMs = 60_000;

    [Fact]
    public async Task Should_open_the_highlighted_sentence_from_a_variant_in_the_quote_ledger()
    {
        IPage page = await Page(1280);
        var errors = Errors(page);
        await page.GotoAsync(fx.SampleUrl + "/quotes");
        await BrowserFixture.Screenshot(page, "quotes-1280");

        ILocator variant = page.Locator("section.finding:has(.v-reworded) a.variant").Nth(1);
        string href = (await variant.GetAttributeAsync("href"))!;
        await Navigate(page, () => variant.ClickAsync(), "**/documents/**");

        string id = href.Split('#')[1];
        page.Url.ShouldEndWith("#" + id);
        await ShouldBeShownAndMarked(page, id);
        await BrowserFixture.Screenshot(page, "document-from-ledger-1280");
        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_search_from_the_top_bar_and_open_a_result_at_its_words()
    {
        IPage page = await Page(1280);
        await page.GotoAsync(fx.SampleUrl + "/");
        await BrowserFixture.Screenshot(page, "overview-1280", fullPage: true);

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the case" }).FillAsync("blackmail");
        await Navigate(page, () => page.Keyboard.PressAsync("Enter"), "**/search?q=blackmail");

        ILocator marks = page.Locator(".hits mark");
        (await marks.CountAsync()).ShouldBeGreaterThan(0);
        (await marks.AllInnerTextsAsync()).ShouldAllBe(t => t.Equals("blackmail", StringComparison.OrdinalIgnoreCase));
        await BrowserFixture.Screenshot(page, "search-1280");

        ILocator first = page.Locator(".hits a").First;
        string href = (await first.GetAttributeAsync("href"))!;
        await Navigate(page, () => first.ClickAsync(), "**/documents/**");
        await ShouldBeShownAndMarked(page, href.Split('#')[1]);
    }

    [Fact]
    public async Task Should_upload_a_file_and_show_it_among_the_sources()
    {
        string url = await fx.Start(fx.Sample.Copy());
        string file = Path.Combine(fx.Sample.NewFolder("upload"), "bridge-report.txt");
        await File.WriteAllTextAsync(file, "Harbour bridge reopens after repairs\n\nBy Jane Example\n\nThe harbour bridge reopened on Monday after six weeks of repairs, the transport office said. " +
            "\"We expect traffic to be normal by Friday,\" said Tom Sample, the office's director.\n");
        IPage page = await Page(1280);
        await page.GotoAsync(url + "/add");

        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyze" }).ClickAsync();
        await page.Locator("#job-done").WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = WaitMs });
        (await page.Locator("#job-message").InnerTextAsync()).ShouldStartWith("Analyzed 6 documents");
        await BrowserFixture.Screenshot(page, "add-done-1280");

        await Navigate(page, () => page.Locator("#job-done a").ClickAsync(), url + "/");
        (await page.Locator("#sources ~ .tablewrap tbody tr").CountAsync()).ShouldBe(6);
        (await page.Locator(".tablewrap").InnerTextAsync()).ShouldContain("Harbour bridge reopens after repairs");
    }

    [Fact]
    public async Task Should_refuse_a_bad_upload_with_its_reason_on_the_page()
    {
        string url = await fx.Start(fx.Sample.Copy());
        string file = Path.Combine(fx.Sample.NewFolder("bad"), "empty.txt");
        await File.WriteAllTextAsync(file, string.Empty);
        IPage page = await Page(1280);
        await page.GotoAsync(url + "/add");

        await page.Locator("input[type=file]").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and analyze" }).ClickAsync();
        ILocator status = page.Locator("#upload-form .form-status.error");
        await status.WaitForAsync(new() { Timeout = WaitMs });

        (await status.InnerTextAsync()).ShouldStartWith("empty.txt:");
        await BrowserFixture.Screenshot(page, "add-refused-1280");
    }

    [Fact]
    public async Task Should_reach_and_open_a_view_with_the_keyboard_alone()
    {
        IPage page = await Page(1280);
        await page.GotoAsync(fx.SampleUrl + "/");

        await page.Keyboard.PressAsync("Tab");
        (await Focused(page)).ShouldBe("Skip to content");
        string focused = string.Empty;
        for (int i = 0; i < 20 && focused != "Quote ledger"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await Focused(page);
        }

        focused.ShouldBe("Quote ledger");
        await BrowserFixture.Screenshot(page, "keyboard-focus-1280");
        await Navigate(page, () => page.Keyboard.PressAsync("Enter"), "**/quotes");

        // A variant is a link too: Tab to it and Enter opens the sentence
        for (int i = 0; i < 40 && !(await page.EvaluateAsync<bool>("() => document.activeElement.classList.contains('variant')")); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Navigate(page, () => page.Keyboard.PressAsync("Enter"), "**/documents/**");
        await ShouldBeShownAndMarked(page, page.Url.Split('#')[1]);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Should_fit_every_view_in_the_window_width(int width)
    {
        IPage page = await Page(width, width < 500 ? 844 : 900);
        var errors = Errors(page);
        await page.GotoAsync(fx.SampleUrl + "/api/documents");
        string docHref = System.Text.Json.JsonDocument.Parse(await page.Locator("body").InnerTextAsync()).RootElement[2].GetProperty("href").GetString()!;
        (string Name, string Path)[] views =
        [
            ("overview", "/"), ("document", docHref), ("quotes", "/quotes"), ("numbers", "/numbers"), ("timeline", "/timeline"),
            ("entities", "/entities"), ("hypotheses", "/hypotheses"), ("search", "/search?q=attack*"), ("add", "/add"),
        ];
        foreach ((string name, string path) in views)
        {
            await page.GotoAsync(fx.SampleUrl + path);
            int overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, $"{name} at {width} px is wider than the window");
            (await page.Locator("main h1").First.IsVisibleAsync() || name == "document").ShouldBeTrue(name);
            if (width < 500 || name is "numbers" or "entities" or "timeline" or "hypotheses" or "add")
            {
                await BrowserFixture.Screenshot(page, $"{name}-{width}");
            }
        }

        errors.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_run_no_script_from_a_malicious_article_and_show_its_markup_as_text()
    {
        string url = await fx.Start(MaliciousCase.Create(fx.Sample));
        IPage page = await Page(1280);
        int dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync(url + "/documents");
        var docs = await page.Locator("main ol a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        docs.Length.ShouldBe(2);

        foreach (string path in docs.Concat(["/", "/quotes", "/search?q=pwned", "/entities"]))
        {
            await page.GotoAsync(url + path);
            foreach (ILocator hl in await page.Locator(".hl").AllAsync())
            {
                await hl.HoverAsync(new() { Trial = false, Timeout = 2000 }).ContinueWith(_ => { });
            }

            (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).ShouldBeTrue($"a script from the article ran on {path}");
            (await page.Locator("main script, main img, main iframe").CountAsync()).ShouldBe(0, path);
        }

        await page.GotoAsync(url + docs.First(d => d.Length > 0));
        string text = await page.Locator("#text").InnerTextAsync();
        if (!text.Contains("click me"))
        {
            await page.GotoAsync(url + docs.Last());
            text = await page.Locator("#text").InnerTextAsync();
        }

        text.ShouldContain(MaliciousCase.ScriptPayload);
        text.ShouldContain(MaliciousCase.ImagePayload);
        text.ShouldContain(MaliciousCase.LinkPayload);
        await BrowserFixture.Screenshot(page, "malicious-article-1280");
        dialogs.ShouldBe(0);
    }

    private async Task<IPage> Page(int width, int height = 900)
    {
        Assert.SkipUnless(BrowserFixture.HasChromium, $"Chromium is not installed at {BrowserFixture.ChromiumPath} (apt-get install chromium; .ci/run installs it)");
        return await fx.NewPage(width, height);
    }

    private static List<string> Errors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };
        page.PageError += (_, e) => errors.Add(e);
        return errors;
    }

    /// <summary>Does <paramref name="action"/> and waits for the navigation it starts (listening before it, so a fast page is not missed).</summary>
    private static async Task Navigate(IPage page, Func<Task> action, string url)
    {
        Task committed = page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await action();
        await committed;
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    private static Task<string> Focused(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");

    /// <summary>The highlight is in the viewport, marked as the target, and is the URL's fragment.</summary>
    private static async Task ShouldBeShownAndMarked(IPage page, string id)
    {
        ILocator target = page.Locator($"[id=\"{id}\"]");
        await page.WaitForLoadStateAsync(LoadState.Load);
        await target.WaitForAsync();
        await page.WaitForFunctionAsync("id => document.getElementById(id).classList.contains('target')", id);
        (await target.GetAttributeAsync("class"))!.ShouldContain("hl");
        (await target.EvaluateAsync<bool>("el => el.matches(':target')")).ShouldBeTrue();
        bool inView = await target.EvaluateAsync<bool>(
            "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0; }");
        inView.ShouldBeTrue($"{id} is not scrolled into view");
        bool uncovered = await target.EvaluateAsync<bool>(
            "el => { const r = el.getClientRects()[0]; const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return el === top || el.contains(top) || top.contains(el); }");
        uncovered.ShouldBeTrue($"{id} is hidden under something (the sticky navigation?)");
    }
}
