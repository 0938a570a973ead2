using System.Globalization;
using System.Text;
using System.Xml;
using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>
/// The case as a GEXF 1.3 graph (http://gexf.net/1.3, what Gephi reads): documents and entities as nodes, mentions and
/// citations (document → entity) and quotes (speaker → document) as directed edges weighted by their count, with the
/// node and edge attributes declared in the graph's &lt;attributes&gt; blocks.
/// </summary>
public static class GexfExport
{
    public const string Namespace = "http://gexf.net/1.3";

    /// <summary>The node attributes: id (also their title) and GEXF type.</summary>
    public static readonly IReadOnlyList<(string Id, string Type)> NodeAttributes =
    [
        ("kind", "string"), ("type", "string"), ("outlet", "string"), ("published", "string"),
        ("file", "string"), ("url", "string"), ("mentions", "integer"), ("aliases", "string"),
    ];

    /// <summary>The edge attributes: id (also their title) and GEXF type.</summary>
    public static readonly IReadOnlyList<(string Id, string Type)> EdgeAttributes =
        [("kind", "string"), ("count", "integer"), ("detail", "string")];

    public static string Write(ExportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        ExportGraph g = c.Graph;
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = new UTF8Encoding(false) };
        using (var xml = XmlWriter.Create(new Utf8StringWriter(text), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta", Namespace);
            if (c.Generated is { } day)
            {
                xml.WriteAttributeString("lastmodifieddate", day);
            }

            xml.WriteElementString("creator", Namespace, "Crosscheck");
            xml.WriteElementString("description", Namespace,
                $"{c.Report.Documents.Count} documents and the entities they mention, cite and quote");
            xml.WriteEndElement();

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("mode", "static");
            Declare(xml, "node", NodeAttributes);
            Declare(xml, "edge", EdgeAttributes);

            xml.WriteStartElement("nodes", Namespace);
            foreach (GraphNode n in g.Nodes)
            {
                xml.WriteStartElement("node", Namespace);
                xml.WriteAttributeString("id", n.Id);
                xml.WriteAttributeString("label", XmlText(n.Document is { } d ? c.Labels.Text(d.File) : n.Name));
                Values(xml,
                    ("kind", n.Kind), ("type", n.Type), ("outlet", n.Document?.Outlet), ("published", n.Document is { } published && published.Published is not null ? ReportFormat.Published(published.Published, published.PublishedInferred) : null),
                    ("file", n.Document?.File), ("url", n.Document?.Url), ("mentions", n.Document is null ? Int(n.Mentions) : null),
                    ("aliases", n.Aliases.Count > 0 ? string.Join("; ", n.Aliases) : null));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges", Namespace);
            foreach (GraphEdge e in g.Edges)
            {
                xml.WriteStartElement("edge", Namespace);
                xml.WriteAttributeString("id", e.Id);
                xml.WriteAttributeString("source", e.Source);
                xml.WriteAttributeString("target", e.Target);
                xml.WriteAttributeString("label", e.Kind);
                xml.WriteAttributeString("weight", Int(e.Count));
                Values(xml, ("kind", e.Kind), ("count", Int(e.Count)), ("detail", e.Detail));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString();
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Declare(XmlWriter xml, string forClass, IReadOnlyList<(string Id, string Type)> attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", forClass);
        foreach ((string id, string type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The &lt;attvalues&gt; of a node or edge: only the attributes that have a value.</summary>
    private static void Values(XmlWriter xml, params (string For, string? Value)[] values)
    {
        var present = values.Where(v => !string.IsNullOrEmpty(v.Value)).ToList();
        if (present.Count == 0)
        {
            return;
        }

        xml.WriteStartElement("attvalues", Namespace);
        foreach ((string key, string? value) in present)
        {
            xml.WriteStartElement("attvalue", Namespace);
            xml.WriteAttributeString("for", key);
            xml.WriteAttributeString("value", XmlText(value!));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>The text without the characters XML 1.0 cannot hold (control characters, lone surrogates).</summary>
    private static string XmlText(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i++, 2);
            }
        }

        return sb.ToString();
    }

    /// <summary>A string writer that declares UTF-8 (the file is written as UTF-8), not UTF-16.</summary>
    private sealed class Utf8StringWriter(StringBuilder sb) : StringWriter(sb, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
