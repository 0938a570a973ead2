using Crosscheck.Exports;
using Crosscheck.Web.Workspace;

namespace Crosscheck.Web.Api;

/// <summary>
/// Links of an export downloaded from the workspace: to its own document views and highlights, as absolute addresses
/// (the file is opened elsewhere), e.g. http://127.0.0.1:5000/documents/63a6…#date-120-131.
/// </summary>
public sealed class WorkspaceExportLinks(CaseSnapshot c, string origin) : IExportLinks
{
    public string Hypotheses => $"{origin}/hypotheses";

    public string? Document(string file) => c.ByFile(file) is null ? null : origin + c.DocHref(file);

    public string? Finding(string file, string kind, int start, int end) => c.ByFile(file) is null ? null : origin + c.FindingHref(file, kind, start, end);
}
