using System.Globalization;
using Crosscheck.Exports;
using Crosscheck.Ingestion;
using Crosscheck.Ingestion.Web;
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
using Crosscheck.Store;
using Crosscheck.Web.Workspace;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Api;

/// <summary>
/// The JSON API under /api: everything the pages show, the entity edits, adding material, the analysis
/// progress and the exports. Described by the OpenAPI document at /openapi/v1.json.
/// </summary>
public static class ApiEndpoints
{
    private const string NoCase = "the store has no analysis yet: add material first";

    public static void Map(WebApplication app)
    {
        RouteGroupBuilder api = app.MapGroup("/api").WithTags("case");

        api.MapGet("/case", (CaseWorkspace w) => Read(w, CaseViews.Overview))
            .WithSummary("The case overview: sources (metadata, length, what each cites), finding counts and headline disagreements.");
        api.MapGet("/documents", (CaseWorkspace w) => Read(w, CaseViews.Documents))
            .WithSummary("The sources of the case.");
        api.MapGet("/documents/{id}", Results<Ok<DocumentDetail>, NotFound<ApiError>> (CaseWorkspace w, string id) =>
                w.Snapshot() is { } c && CaseViews.Document(c, id) is { } d ? TypedResults.Ok(d) : TypedResults.NotFound(new ApiError($"no document {id}")))
            .WithSummary("One document: its cleaned text and every highlight (kind, span, anchor id).");
        api.MapGet("/quotes", (CaseWorkspace w) => Read(w, QuoteViews.Quotes))
            .WithSummary("The quote ledger: statements grouped across sources with word diffs, and every quote.");
        api.MapGet("/numbers", (CaseWorkspace w) => Read(w, NumberViews.Numbers))
            .WithSummary("Number groups per event and measure, values in reporting-time order, with the verdict.");
        api.MapGet("/timeline", (CaseWorkspace w) => Read(w, TimelineViews.Timeline))
            .WithSummary("Dated events across the set, with their sources.");
        api.MapGet("/entities", (CaseWorkspace w) => Read(w, c => EntityViews.Entities(c, w.EntityEditList(), w.EntityEditVersions(c.Report.Entities.Select(e => e.Name)))))
            .WithSummary("The entity index (aliases, mentions per source) and the hand edits applied to it.");
        api.MapGet("/hypotheses", (CaseWorkspace w) => Read(w, HypothesisViews.Hypotheses))
            .WithSummary("Hypotheses, stances, the ACH matrix and claim stances (empty when the analysis found none).");
        api.MapGet("/search", (CaseWorkspace w, string? q, string? doc, string? entity, string? kind) =>
                TypedResults.Ok(CaseViews.Search(w, w.Snapshot(), q, doc, entity, kind)))
            .WithSummary("Full-text search (FTS5 on SQLite, tsvector on PostgreSQL) with filters: doc (a file), entity (a name), kind (document, quote, entity, number, date, cited_source).");

        api.MapPost("/entities/merge", (CaseWorkspace w, EntityEditRequest body) => Edit(w, EntityEdit.Merge, body))
            .WithSummary("Merge entity `entity` into entity `other` (both by name or alias). Kept in the store, applied after every re-analysis. With `entity_version` and `other_version` (their `edit_version`s as listed), refused with 409 and the edit that came first when either was edited meanwhile.");
        api.MapPost("/entities/split", (CaseWorkspace w, EntityEditRequest body) => Edit(w, EntityEdit.Split, body))
            .WithSummary("Take the alias `other` out of entity `entity`, as an entity of its own. With `entity_version`, refused with 409 when the entity was edited meanwhile.");
        api.MapDelete("/entities/edits/{id:long}", Results<NoContent, NotFound<ApiError>> (CaseWorkspace w, long id) =>
                w.RemoveEntityEdit(id) ? TypedResults.NoContent() : TypedResults.NotFound(new ApiError($"no entity edit {id}")))
            .WithSummary("Undo an entity edit.");

        api.MapPost("/documents", Upload)
            .Accepts<IFormFileCollection>("multipart/form-data")
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute((InputReader.MaxFileBytes * UploadLimits.MaxFiles) + (1024 * 1024)))
            .WithSummary("Upload files (any format analyze reads, each at most 20 MB) and re-analyze the case in the background.");
        api.MapPost("/documents/text", AddText)
            .WithSummary("Add a pasted text (title and text) as a .txt input and re-analyze the case in the background.");
        api.MapPost("/documents/link", AddLink)
            .WithSummary("Fetch a link (http or https; private addresses refused unless serve --allow-private) and add the page as an input, then re-analyze the case in the background.");
        api.MapGet("/jobs/current", (CaseWorkspace w) => TypedResults.Ok(w.Job))
            .WithSummary("Progress of the running (or last) analysis.");

        api.MapGet("/export/report.json", Results<ContentHttpResult, NotFound<ApiError>> (CaseWorkspace w) =>
                w.Snapshot() is { } c ? TypedResults.Content(JsonReportWriter.Write(c.Report), "application/json") : TypedResults.NotFound(new ApiError(NoCase)))
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .WithSummary("The whole case in the report.json format (docs/report-schema.md), entity edits applied.");
        api.MapGet("/export/{table}.csv", Results<FileContentHttpResult, NotFound<ApiError>> (CaseWorkspace w, string table) =>
                w.Snapshot() is { } c && CsvExport.Write(table, c) is { } csv
                    ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{table}.csv")
                    : TypedResults.NotFound(new ApiError($"no table {table}; tables: {string.Join(", ", CsvExport.Tables)}")))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("One table of the case as CSV: " + string.Join(", ", CsvExport.Tables) + ".");
        api.MapGet("/export/{format}", Results<FileContentHttpResult, BadRequest<ApiError>, NotFound<ApiError>> (CaseWorkspace w, HttpRequest request, string format) =>
            {
                if (ExportFormat.Find(format) is not { } f)
                {
                    return TypedResults.BadRequest(new ApiError($"unknown export format '{format}'; formats: {ExportFormat.Names}"));
                }

                if (w.Snapshot() is not { } c)
                {
                    return TypedResults.NotFound(new ApiError(NoCase));
                }

                string text = f.Write(c.Report, new WorkspaceExportLinks(c, $"{request.Scheme}://{request.Host}{request.PathBase}"));
                return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(text), f.MediaType + "; charset=utf-8", f.FileName);
            })
            .Produces(StatusCodes.Status200OK, null, ExportFormat.All[0].MediaType, [.. ExportFormat.All.Skip(1).Select(f => f.MediaType).Distinct()])
            .WithSummary("The case in an analysts' format: " + string.Join("; ", ExportFormat.All.Select(f => $"{f.Name} ({f.Description})")) + ".");
    }

    private static Results<Ok<T>, NotFound<ApiError>> Read<T>(CaseWorkspace w, Func<CaseSnapshot, T> view) =>
        w.Snapshot() is { } c ? TypedResults.Ok(view(c)) : TypedResults.NotFound(new ApiError(NoCase));

    private static Results<Created<EntityEdit>, BadRequest<ApiError>, Conflict<ApiError>> Edit(CaseWorkspace w, string action, EntityEditRequest body)
    {
        if (string.IsNullOrWhiteSpace(body.Entity) || string.IsNullOrWhiteSpace(body.Other))
        {
            return TypedResults.BadRequest(new ApiError("give both names: entity and other"));
        }

        if (w.Snapshot() is not { } c || EntityEdits.Find(c.Report.Entities, body.Entity.Trim()) is not { } entity)
        {
            return TypedResults.BadRequest(new ApiError($"no entity named “{body.Entity.Trim()}”"));
        }

        string other = body.Other.Trim();
        if (action == EntityEdit.Merge && (EntityEdits.Find(c.Report.Entities, other) is not { } into || into.Id == entity.Id))
        {
            return TypedResults.BadRequest(new ApiError($"no other entity named “{other}” to merge into"));
        }

        if (action == EntityEdit.Split && !entity.Aliases.Contains(other, StringComparer.OrdinalIgnoreCase))
        {
            return TypedResults.BadRequest(new ApiError($"“{entity.Name}” has no name “{other}” to split off (its names: {string.Join(", ", entity.Aliases)})"));
        }

        if (action == EntityEdit.Split && entity.Aliases.Count < 2)
        {
            return TypedResults.BadRequest(new ApiError($"“{entity.Name}” has only one name; nothing to split"));
        }

        EntityEditBasis? seen = body.EntityVersion is null && body.OtherVersion is null ? null : new EntityEditBasis(body.EntityVersion, body.OtherVersion);
        EntityEditResult result = w.AddEntityEdit(action, entity.Name, other, seen);
        return result.Edit is { } edit
            ? TypedResults.Created($"/api/entities/edits/{edit.Id}", edit)
            : TypedResults.Conflict(new ApiError(result.Message!));
    }

    private static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiError>, Conflict<ApiError>, UnprocessableEntity<ApiError>, JsonHttpResult<ApiError>>> Upload(
        CaseWorkspace w, HttpRequest request, CancellationToken cancel)
    {
        if (w.Job.Running)
        {
            return TypedResults.Conflict(new ApiError("an analysis is running; add material when it has finished"));
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.BadRequest(new ApiError("send the files as multipart/form-data"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancel);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return TooLarge($"the upload is too large or malformed ({e.Message}); each file may be at most {Mb(w)} MB");
        }

        if (form.Files.Count == 0)
        {
            return TypedResults.BadRequest(new ApiError("no file in the upload"));
        }

        if (form.Files.Count > UploadLimits.MaxFiles)
        {
            return TypedResults.BadRequest(new ApiError($"at most {UploadLimits.MaxFiles} files at once"));
        }

        var staged = new List<(string Path, string Name)>();
        try
        {
            foreach (IFormFile file in form.Files)
            {
                string name = DataFolder.SafeName(file.FileName);
                if (file.Length > w.Settings.MaxUploadBytes)
                {
                    return TooLarge($"{name}: the file is {file.Length / (1024.0 * 1024):0.0} MB, over the {Mb(w)} MB limit");
                }

                await using Stream content = file.OpenReadStream();
                string? path = await w.Data.StageAsync(content, file.FileName, w.Settings.MaxUploadBytes, cancel);
                if (path is null)
                {
                    return TooLarge($"{name}: the file is over the {Mb(w)} MB limit");
                }

                staged.Add((path, file.FileName));
                if (Unreadable(w, path, name) is { } refused)
                {
                    return TypedResults.UnprocessableEntity(refused);
                }
            }

            w.EnsureInputs();
            var saved = staged.Select(s => w.Data.Commit(s.Path, s.Name)).ToList();
            staged.Clear();
            return Started(w, saved)
                ? TypedResults.Accepted("/api/jobs/current", new UploadAccepted(saved, w.Job))
                : TypedResults.Conflict(new ApiError("an analysis is running; the files are saved and will be in the next one"));
        }
        finally
        {
            foreach ((string path, _) in staged)
            {
                w.Data.Discard(path);
            }
        }
    }

    /// <summary>
    /// Why a staged file cannot be added, or null: no document could be read from it, or every document it holds is
    /// already in the case (same text), which would be saved and then not be there.
    /// </summary>
    private static ApiError? Unreadable(CaseWorkspace w, string path, string name)
    {
        ReadResult read = new InputReader().Read([path]);
        if (read.Documents.Count == 0)
        {
            string reason = read.Problems.FirstOrDefault()?.Reason ?? "no text found";
            return new ApiError($"{name}: {reason}. Nothing was added; the case is unchanged.");
        }

        var stored = w.Snapshot()?.Documents.ToDictionary(d => d.Doc.Id, d => d.Name, StringComparer.Ordinal) ?? [];
        return read.Documents.All(d => stored.ContainsKey(d.Id))
            ? new ApiError($"{name}: its text is already in the case as {stored[read.Documents[0].Id]}. Nothing was added; the case is unchanged.")
            : null;
    }

    private static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiError>, Conflict<ApiError>, UnprocessableEntity<ApiError>>> AddLink(
        CaseWorkspace w, LinkRequest body, CancellationToken cancel)
    {
        if (w.Job.Running)
        {
            return TypedResults.Conflict(new ApiError("an analysis is running; add material when it has finished"));
        }

        string url = body.Url?.Trim() ?? string.Empty;
        if (!WebInput.IsUrl(url))
        {
            return TypedResults.BadRequest(new ApiError($"'{url}' is not an http or https link"));
        }

        var settings = new FetchSettings { AllowPrivate = w.Settings.AllowPrivateLinks, MaxBytes = w.Settings.MaxUploadBytes };
        FetchOutcome outcome = await Task.Run(() =>
        {
            using var fetcher = new PageFetcher(settings);
            return fetcher.Fetch(url);
        }, cancel);
        if (outcome.Page is not { } page)
        {
            return TypedResults.UnprocessableEntity(new ApiError($"{url}: {outcome.Problem}. Nothing was added; the case is unchanged."));
        }

        var uri = new Uri(page.FinalUrl);
        string clientName = (uri.Host + uri.AbsolutePath).TrimEnd('/').Replace('/', '-') + page.Extension;
        using var content = new MemoryStream(page.Body);
        string? path = await w.Data.StageAsync(content, clientName, w.Settings.MaxUploadBytes, cancel);
        if (path is null)
        {
            return TypedResults.UnprocessableEntity(new ApiError($"{url}: the page is over the {Mb(w)} MB limit. Nothing was added; the case is unchanged."));
        }

        try
        {
            if (Unreadable(w, path, url) is { } refused)
            {
                return TypedResults.UnprocessableEntity(refused);
            }

            w.EnsureInputs();
            string saved = w.Data.Commit(path, clientName);
            path = null;
            return Started(w, [saved])
                ? TypedResults.Accepted("/api/jobs/current", new UploadAccepted([saved], w.Job))
                : TypedResults.Conflict(new ApiError("an analysis is running; the page is saved and will be in the next one"));
        }
        finally
        {
            if (path is not null)
            {
                w.Data.Discard(path);
            }
        }
    }

    private static async Task<Results<Accepted<UploadAccepted>, BadRequest<ApiError>, Conflict<ApiError>>> AddText(CaseWorkspace w, PastedText body, CancellationToken cancel)
    {
        if (w.Job.Running)
        {
            return TypedResults.Conflict(new ApiError("an analysis is running; add material when it has finished"));
        }

        if (string.IsNullOrWhiteSpace(body.Text))
        {
            return TypedResults.BadRequest(new ApiError("the text is empty"));
        }

        if (System.Text.Encoding.UTF8.GetByteCount(body.Text) > w.Settings.MaxUploadBytes)
        {
            return TypedResults.BadRequest(new ApiError($"the text is over the {Mb(w)} MB limit"));
        }

        w.EnsureInputs();
        string name = await w.Data.AddTextAsync(body.Title, body.Text, DateTimeOffset.UtcNow, cancel);
        return Started(w, [name])
            ? TypedResults.Accepted("/api/jobs/current", new UploadAccepted([name], w.Job))
            : TypedResults.Conflict(new ApiError("an analysis is running; the text is saved and will be in the next one"));
    }

    private static bool Started(CaseWorkspace w, IReadOnlyList<string> saved) =>
        w.TryStartAnalysis($"Analyzing the case with {string.Join(", ", saved)}");

    private static JsonHttpResult<ApiError> TooLarge(string message) =>
        TypedResults.Json(new ApiError(message), statusCode: StatusCodes.Status413PayloadTooLarge);

    private static string Mb(CaseWorkspace w) => (w.Settings.MaxUploadBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
}
