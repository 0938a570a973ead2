namespace Crosscheck.Exports;

/// <summary>One FollowTheMoney entity: its id, its schema, and each property's values (always a list of strings).</summary>
public sealed record FtmEntity(string Id, string Schema, IReadOnlyDictionary<string, IReadOnlyList<string>> Properties);

/// <summary>
/// FollowTheMoney entities as JSON lines, the format the <c>followthemoney</c> tools, Aleph and Datashare read: each
/// document an Article, each entity a Person, Organization, PublicBody (a government agency cited as a source), Address
/// (a place) or Document (a cited report), and each link between a document and an entity a Documentation whose role
/// says how the document names it ("mentioned", "cited as a source", "quoted").
/// </summary>
public static class FtmExport
{
    /// <summary>The schemata this export writes; each is in followthemoney's default model.</summary>
    public static readonly IReadOnlySet<string> Schemata = new HashSet<string>(StringComparer.Ordinal)
        { "Article", "Person", "Organization", "PublicBody", "Address", "Document", "Documentation" };

    public static string Write(ExportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        ExportGraph g = c.Graph;
        IEnumerable<FtmEntity> entities = g.Nodes.Select(Entity).Concat(g.Edges.Select(Link));
        return string.Concat(entities.Select(e => ExportJsonContext.Line(e, j => j.FtmEntity) + "\n"));
    }

    private static FtmEntity Entity(GraphNode n)
    {
        if (n.Document is { } d)
        {
            return new FtmEntity(n.Id, "Article", Properties(
                ("name", [n.Name]), ("title", [d.Title]), ("fileName", [d.File]), ("author", [d.Author]), ("publisher", [d.Outlet]),
                ("publishedAt", [ExportCase.DeclaredDate(d)]), ("sourceUrl", [d.Url]), ("summary", [d.Subtitle])));
        }

        string schema = n.Type switch
        {
            "person" => "Person",
            "place" => "Address",
            "agency" => "PublicBody",
            "document" => "Document",
            _ => "Organization",
        };
        string[] name = [n.Name];
        return new FtmEntity(n.Id, schema, Properties(
            ("name", name), ("alias", n.Aliases), ("full", schema == "Address" ? name : []), ("title", schema == "Document" ? name : [])));
    }

    private static FtmEntity Link(GraphEdge e)
    {
        (string document, string entity) = e.Kind == ExportGraph.Quote ? (e.Target, e.Source) : (e.Source, e.Target);
        string role = e.Kind switch
        {
            ExportGraph.Mention => "mentioned",
            ExportGraph.Citation => "cited as a source",
            _ => "quoted",
        };
        string times = e.Count == 1 ? "once" : $"{e.Count} times";
        return new FtmEntity(e.Id, "Documentation", Properties(
            ("document", [document]), ("entity", [entity]), ("role", [role]), ("summary", [$"{role} {times}: {e.Detail}"])));
    }

    /// <summary>The properties with at least one value, each value once; FtM has no empty or null values.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Properties(params (string Name, IEnumerable<string?> Values)[] properties)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach ((string name, IEnumerable<string?> values) in properties)
        {
            var list = result.TryGetValue(name, out IReadOnlyList<string>? had) ? had.ToList() : [];
            list.AddRange(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Where(v => !list.Contains(v, StringComparer.Ordinal)));
            if (list.Count > 0)
            {
                result[name] = list;
            }
        }

        return result;
    }
}
