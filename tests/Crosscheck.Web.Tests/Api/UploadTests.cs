using System.Net.Http.Json;
using System.Net;
using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Tests.Infrastructure;
using Crosscheck.Web.Workspace;
using Shouldly;
using Xunit;

namespace Crosscheck.Web.Tests.Api;

/// <summary>Adding material: uploads and pasted text are re-analyzed with the case; a bad upload changes nothing; names stay in the data folder.</summary>
public sealed class UploadTests(SampleStore sample)
{
    private const string Article = """
        Harbour bridge reopens after repairs

        By Jane Example

        The city's harbour bridge reopened on Monday after six weeks of repairs, the transport office said.
        "We expect traffic to be normal by Friday," said Tom Sample, the office's director. At least 40 workers took part.
        """;

    [Fact]
    public async Task Should_add_an_uploaded_file_to_the_case_and_keep_every_stored_source()
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsync("/api/documents", Files(("bridge.txt", Article)));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        UploadAccepted accepted = (await response.Content.ReadFromJsonAsync<UploadAccepted>(WorkspaceFactory.Json))!;
        accepted.Saved.ShouldBe(["bridge.txt"]);
        (await factory.FinishAnalysis(client)).State.ShouldBe("done");
        var docs = await factory.Get<List<DocumentSummary>>(client, "/api/documents");
        docs.Count.ShouldBe(6);
        docs.ShouldContain(d => d.File == "bridge.txt" && d.Title == "Harbour bridge reopens after repairs");
        File.Exists(Path.Combine(factory.Settings.DataFolder, "bridge.txt")).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_add_a_pasted_text_with_its_title()
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsJsonAsync("/api/documents/text", new PastedText("Harbour bridge reopens after repairs", Article.Split("\n\n", 2)[1]), WorkspaceFactory.Json);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await factory.FinishAnalysis(client)).State.ShouldBe("done");
        var docs = await factory.Get<List<DocumentSummary>>(client, "/api/documents");
        docs.Count.ShouldBe(6);
        docs.ShouldContain(d => d.File.StartsWith("pasted-") && d.Title == "Harbour bridge reopens after repairs");
    }

    [Theory]
    [InlineData("empty.txt", "", "empty")]
    [InlineData("binary.txt", "\0\u0001\u0002\u0003\0\0PK\u0003\u0004\0\0\0\0\0", "binary")]
    public async Task Should_refuse_a_bad_file_with_its_name_and_reason_and_keep_the_case(string name, string content, string reason)
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();

        HttpResponseMessage response = await client.PostAsync("/api/documents", Files((name, content)));

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        string error = (await response.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error;
        error.ShouldStartWith(name + ":");
        error.ShouldContain(reason, Case.Insensitive);
        (await factory.Get<List<DocumentSummary>>(client, "/api/documents")).Count.ShouldBe(5);
        new DataFolder(factory.Settings.DataFolder).Files().ShouldNotContain(name);
        Directory.EnumerateFiles(Path.Combine(factory.Settings.DataFolder, ".staging")).ShouldBeEmpty();
        (await factory.Get<JobStatus>(client, "/api/jobs/current")).State.ShouldBe("idle");
    }

    [Fact]
    public async Task Should_refuse_a_file_over_the_size_limit_with_a_clear_error()
    {
        using var factory = new WorkspaceFactory(sample.Copy());
        HttpClient client = factory.PageClient();
        var big = new ByteArrayContent(new byte[(int)factory.Settings.MaxUploadBytes + 10]);

        var form = new MultipartFormDataContent { { big, "files", "huge.txt" } };
        HttpResponseMessage response = await client.PostAsync("/api/documents", form);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await response.Content.ReadFromJsonAsync<ApiError>(WorkspaceFactory.Json))!.Error.ShouldBe("huge.txt: the file is 20.0 MB, over the 20 MB limit");
        (await factory.Get<List<DocumentSummary>>(client, "/api/documents")).Count.ShouldBe(5);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\..\\evil.txt", "evil.txt")]
    [InlineData("/etc/cron.d/job", "job")]
    [InlineData("....//....//x.txt", "x.txt")]
    public async Task Should_keep_an_upload_inside_the_data_folder_whatever_its_name(string clientName, string savedName)
    {
        var settings = sample.Copy();
        using var factory = new WorkspaceFactory(settings);
        HttpClient client = factory.PageClient();
        string root = Path.GetDirectoryName(settings.DbPath)!;
        string naive = Path.GetFullPath(Path.Combine(settings.DataFolder, clientName.Replace('\\', '/').TrimStart('/')));
        var before = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToHashSet();

        HttpResponseMessage response = await client.PostAsync("/api/documents", Files((clientName, Article)));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await response.Content.ReadFromJsonAsync<UploadAccepted>(WorkspaceFactory.Json))!.Saved.ShouldBe([savedName]);
        await factory.FinishAnalysis(client);
        var added = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !before.Contains(f) && !Path.GetFileName(f).StartsWith("crosscheck.db", StringComparison.Ordinal)).ToList();
        added.ShouldBe([Path.Combine(settings.DataFolder, savedName)]);
        if (!naive.StartsWith(settings.DataFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            File.Exists(naive).ShouldBeFalse($"a file was written where the client's name points: {naive}");
        }
    }

    internal static MultipartFormDataContent Files(params (string Name, string Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach ((string name, string content) in files)
        {
            form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "files", name);
        }

        return form;
    }
}
