using Crosscheck.Web.Workspace;

namespace Crosscheck.Web.Tests.Infrastructure;

/// <summary>
/// A case whose articles carry markup meant to run: script elements, event-handler attributes and a
/// javascript: link, in a plain-text article (taken as text) and in an HTML article (as escaped text).
/// Any of them that ran would set <c>window.__pwned</c>.
/// </summary>
public static class MaliciousCase
{
    public const string ScriptPayload = "<script>window.__pwned = 1</script>";
    public const string ImagePayload = "<img src=x onerror=\"window.__pwned = 2\">";
    public const string LinkPayload = "<a href=\"javascript:window.__pwned = 3\">click me</a>";

    public const string Text = $"""
        Council meeting ends in uproar {ScriptPayload}

        By Ann Writer

        The council met on Tuesday to discuss the harbour plan. A resident wrote {ScriptPayload} on the petition.
        Another posted {ImagePayload} and a link {LinkPayload} on the council's page.
        "We will not accept <b onmouseover="window.__pwned = 4">this plan</b> at all," said Lee Example, the mayor. At least 12 people attended.
        """;

    public const string Html = """
        <!DOCTYPE html><html><head><title>Harbour plan vote delayed</title><script>window.__pwned = 5</script></head>
        <body><article><h1>Harbour plan vote delayed</h1><p>By Ben Writer</p>
        <p>The vote was delayed on Wednesday. A sign read &lt;script&gt;window.__pwned = 6&lt;/script&gt; near the hall.</p>
        <p onclick="window.__pwned = 7">"The plan is &lt;img src=x onerror=window.__pwned=8&gt; dead," said Lee Example, the mayor.</p>
        </article></body></html>
        """;

    /// <summary>Writes the two articles into a new data folder and analyzes them into a new store.</summary>
    public static WorkspaceSettings Create(SampleStore sample)
    {
        string dir = sample.NewFolder("malicious");
        WorkspaceSettings settings = WorkspaceSettings.ForDb(Path.Combine(dir, "crosscheck.db"));
        Directory.CreateDirectory(settings.DataFolder);
        File.WriteAllText(Path.Combine(settings.DataFolder, "council.txt"), Text);
        File.WriteAllText(Path.Combine(settings.DataFolder, "vote.html"), Html);
        using var workspace = new CaseWorkspace(settings);
        JobStatus job = workspace.AnalyzeNow();
        return job.State == "done" ? settings : throw new InvalidOperationException($"the malicious case did not analyze: {job.Message}");
    }
}
