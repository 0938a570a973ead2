using Crosscheck.Web.Api;
using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;
using Crosscheck.Web.Workspace;

namespace Crosscheck.Web.Pages;

/// <summary>The server-rendered pages: each builds the same view records the API returns and renders them.</summary>
public static class PageEndpoints
{
    public static void Map(WebApplication app)
    {
        RouteGroupBuilder pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (CaseWorkspace w) => Page(w, "Case overview", "/", c => OverviewPage.Render(CaseViews.Overview(c))));
        pages.MapGet("/documents", (CaseWorkspace w) => Page(w, "Documents", "/documents", c => DocumentPage.List(CaseViews.Documents(c))));
        pages.MapGet("/documents/{id}", (CaseWorkspace w, string id, string? mark) =>
        {
            CaseSnapshot? c = w.Snapshot();
            DocumentDetail? d = c is null ? null : CaseViews.Document(c, id, ParseRange(mark));
            return d is null
                ? Html(Layout.Page("Not found", "/documents", c, "<h1>No such document</h1><p><a href=\"/documents\">All documents</a></p>"), StatusCodes.Status404NotFound)
                : Html(Layout.Page(d.Summary.Title ?? d.Summary.Name, "/documents", c, DocumentPage.Render(d)));
        });
        pages.MapGet("/quotes", (CaseWorkspace w) => Page(w, "Quote ledger", "/quotes", c => QuotesPage.Render(QuoteViews.Quotes(c))));
        pages.MapGet("/numbers", (CaseWorkspace w) => Page(w, "Numbers", "/numbers", c => NumbersPage.Render(NumberViews.Numbers(c), c)));
        pages.MapGet("/timeline", (CaseWorkspace w) => Page(w, "Timeline", "/timeline", c => TimelinePage.Render(TimelineViews.Timeline(c))));
        pages.MapGet("/entities", (CaseWorkspace w) => Page(w, "Entities", "/entities", c => EntitiesPage.Render(EntityViews.Entities(c, w.EntityEditList()))));
        pages.MapGet("/hypotheses", (CaseWorkspace w) => Page(w, "Hypotheses", "/hypotheses", c => HypothesesPage.Render(HypothesisViews.Hypotheses(c), c)));
        pages.MapGet("/search", (CaseWorkspace w, string? q, string? doc, string? entity, string? kind) =>
        {
            CaseSnapshot? c = w.Snapshot();
            SearchResults r = CaseViews.Search(w, c, q, doc, entity, kind);
            return Html(Layout.Page(r.Query.Length == 0 ? "Search" : $"Search: {r.Query}", "/search", c, SearchPage.Render(r, c), r.Query));
        });
        pages.MapGet("/add", (CaseWorkspace w) =>
        {
            CaseSnapshot? c = w.Snapshot();
            return Html(Layout.Page("Add material", "/add", c, AddPage.Render(w, c)));
        });
    }

    /// <summary>"120-188" → the range; null when absent or malformed.</summary>
    public static TextRange? ParseRange(string? text)
    {
        string[] parts = (text ?? string.Empty).Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out int start) && int.TryParse(parts[1], out int end) && start >= 0 && end > start
            ? new TextRange(start, end)
            : null;
    }

    private static IResult Page(CaseWorkspace w, string title, string active, Func<CaseSnapshot, string> body)
    {
        CaseSnapshot? c = w.Snapshot();
        return Html(Layout.Page(title, active, c, c is null ? Layout.NoCase() : body(c)));
    }

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
