using System.Text;
using AngleSharp.Dom;

namespace Crosscheck.Ingestion.Html;

/// <summary>
/// Walks an element tree and writes its text one block per line: block elements break lines,
/// inline text is joined with whitespace collapsed, table cells are joined with " | ".
/// A line whose text is mostly inside links (menus, link lists, "related" rows) is dropped.
/// </summary>
internal sealed class BlockWriter
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "thead", "tbody", "tfoot", "figure", "address", "hr", "center", "details",
        "summary", "header", "footer", "fieldset", "caption", "body", "html",
    };

    private readonly List<string> lines = [];
    private readonly StringBuilder line = new();
    private int linkChars;
    private int links;
    private int inLink;
    private int inListItem;
    private int inPre;

    public string Write(IElement root)
    {
        Visit(root);
        Flush();
        return string.Join("\n", lines);
    }

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            AppendText(text.Data);
            return;
        }

        if (node is not IElement e)
        {
            return;
        }

        string name = e.LocalName;
        switch (name)
        {
            case "br":
                Flush();
                return;
            case "img" or "input" or "wbr":
                return;
            case "a":
                links++;
                inLink++;
                VisitChildren(e);
                inLink--;
                return;
            case "td" or "th":
                if (line.Length > 0)
                {
                    line.Append(" | ");
                }

                VisitChildren(e);
                return;
        }

        if (!Blocks.Contains(name))
        {
            VisitChildren(e);
            return;
        }

        Flush();
        inListItem += name == "li" ? 1 : 0;
        inPre += name == "pre" ? 1 : 0;
        VisitChildren(e);
        Flush();
        inListItem -= name == "li" ? 1 : 0;
        inPre -= name == "pre" ? 1 : 0;
    }

    private void VisitChildren(IElement e)
    {
        foreach (INode child in e.ChildNodes)
        {
            Visit(child);
        }
    }

    private void AppendText(string data)
    {
        if (inPre > 0)
        {
            string[] parts = data.Split('\n');
            for (int i = 0; i < parts.Length; i++)
            {
                if (i > 0)
                {
                    Flush();
                }

                line.Append(parts[i]);
            }

            return;
        }

        int visible = 0;
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] != ' ')
                {
                    line.Append(' ');
                }
            }
            else
            {
                line.Append(c);
                visible++;
            }
        }

        if (inLink > 0)
        {
            linkChars += visible;
        }
    }

    private void Flush()
    {
        string text = line.ToString().Trim();
        int chars = text.Count(c => !char.IsWhiteSpace(c));
        bool linkList = chars > 0 && ((linkChars > chars * 0.5 && links >= 2) || (inListItem > 0 && linkChars > chars * 0.9));
        if (text.Trim('|', ' ').Length > 0 && !linkList)
        {
            lines.Add(text);
        }

        line.Clear();
        linkChars = 0;
        links = 0;
    }
}
