using System.Globalization;
using System.Text;
using Crosscheck.Web.Workspace;
using static Crosscheck.Reporting.HtmlParts;

using Crosscheck.Web.Kinds.Dates;
using Crosscheck.Web.Kinds.Entities;
using Crosscheck.Web.Kinds.Hypotheses;
using Crosscheck.Web.Kinds.Numbers;
using Crosscheck.Web.Kinds.Quotes;

namespace Crosscheck.Web.Pages;

/// <summary>Adding material: upload files or paste a text; the case is re-analyzed with progress shown.</summary>
public static class AddPage
{
    public static string Render(CaseWorkspace w, CaseSnapshot? c)
    {
        long mb = w.Settings.MaxUploadBytes / (1024 * 1024);
        var html = new StringBuilder("<h1>Add material</h1>\n");
        html.Append("<p class=\"intro\">Add articles to the case: files in any format <code>analyze</code> reads (plain text, HTML, PDF, Word, .eml and mbox, RSS and Atom, JSON Lines, CSV with a text column), ")
            .Append("at most ").Append(mb.ToString(CultureInfo.InvariantCulture)).Append(" MB each, or a pasted text. ")
            .Append("The whole case is then analyzed again; a file that cannot be read is refused with the reason, and the stored case stays as it was.</p>\n");
        html.Append("<div class=\"two\"><form class=\"panel upload\" id=\"upload-form\" data-api=\"/api/documents\" enctype=\"multipart/form-data\">")
            .Append("<h2>Upload files</h2><label>Files <input type=\"file\" name=\"files\" multiple required></label>")
            .Append("<button type=\"submit\">Upload and analyze</button></form>\n");
        html.Append("<form class=\"panel paste\" id=\"paste-form\" data-api=\"/api/documents/text\"><h2>Paste a text</h2>")
            .Append("<label>Title <input name=\"title\" autocomplete=\"off\"></label>")
            .Append("<label>Text <textarea name=\"text\" rows=\"8\" required></textarea></label>")
            .Append("<button type=\"submit\">Add and analyze</button></form></div>\n");
        html.Append("<form class=\"panel link\" id=\"link-form\" data-api=\"/api/documents/link\"><h2>Add a link</h2>")
            .Append("<label>Link <input name=\"url\" type=\"url\" placeholder=\"https://…\" autocomplete=\"off\" required></label>")
            .Append("<button type=\"submit\">Fetch and analyze</button></form>\n");
        JobStatus job = w.Job;
        html.Append("<section class=\"panel job\" id=\"job\" aria-labelledby=\"job-h\" data-state=\"").Append(E(job.State)).Append("\"><h2 id=\"job-h\">Analysis</h2>")
            .Append("<progress id=\"job-progress\" max=\"1\" value=\"0\"").Append(job.Running ? string.Empty : " hidden").Append("></progress>")
            .Append("<p id=\"job-message\" role=\"status\" aria-live=\"polite\">").Append(E(job.Message)).Append("</p>")
            .Append("<ul id=\"job-problems\" class=\"problems\"></ul><p id=\"job-done\" hidden><a href=\"/\">Open the updated case overview</a></p></section>\n");
        html.Append("<h2>Sources in the case</h2>\n");
        if (c is null)
        {
            return html.Append(Layout.Empty("None yet.")).ToString();
        }

        html.Append("<ol class=\"doclist-ws\">");
        foreach (CaseDocument d in c.Documents)
        {
            html.Append("<li><a href=\"").Append(E(c.DocHref(d.Doc.File))).Append("\">").Append(E(d.Name)).Append("</a></li>");
        }

        return html.Append("</ol>\n").ToString();
    }
}
