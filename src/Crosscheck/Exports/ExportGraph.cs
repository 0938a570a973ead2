using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting;

namespace Crosscheck.Exports;

/// <summary>A document or an entity of the case, as the graph exports show it.</summary>
/// <param name="Id">Stable id (<see cref="ExportIds"/>).</param>
/// <param name="Kind"><see cref="ExportGraph.DocumentKind"/> or <see cref="ExportGraph.EntityKind"/>.</param>
/// <param name="Type">For an entity: person, organization, place (from the entity index) or, for a cited source or speaker
/// the index does not hold, the source's kind (outlet, agency, organization, document, channel, person). For a document: its format.</param>
/// <param name="Name">The entity's name, the document's title (its file name when it has none).</param>
/// <param name="Aliases">The entity's other names.</param>
/// <param name="Mentions">How often the entity is named in the case (0 for documents and for sources the index does not hold).</param>
/// <param name="Document">The document, for a document node.</param>
public sealed record GraphNode(string Id, string Kind, string Type, string Name, IReadOnlyList<string> Aliases, int Mentions, ReportDocument? Document);

/// <summary>A link between a document and an entity.</summary>
/// <param name="Kind"><see cref="ExportGraph.Mention"/> (document → entity), <see cref="ExportGraph.Citation"/> (document →
/// cited source) or <see cref="ExportGraph.Quote"/> (speaker → document).</param>
/// <param name="Count">How many mentions, citations or quotes the link stands for.</param>
/// <param name="Detail">What the reader should see of them: the names as written, the citing cues, the first quote.</param>
public sealed record GraphEdge(string Id, string Kind, string Source, string Target, int Count, string Detail);

/// <summary>
/// The documents and entities of a case and how they are linked: which document mentions which entity, which outside
/// source each cites, and who is quoted in it. Cited sources and speakers are matched to the entity index by name or
/// alias; those it does not hold become entities of their own.
/// </summary>
public sealed record ExportGraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public const string DocumentKind = "document";
    public const string EntityKind = "entity";
    public const string Mention = "mention";
    public const string Citation = "citation";
    public const string Quote = "quote";

    private const int DetailLength = 160;

    internal static ExportGraph Build(ExportCase c)
    {
        Report report = c.Report;
        var nodes = new List<GraphNode>();
        var docIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ReportDocument d in report.Documents)
        {
            string id = ExportIds.Of(DocumentKind, d.Id);
            if (docIds.TryAdd(d.File, id))
            {
                nodes.Add(new GraphNode(id, DocumentKind, d.Format, d.Title ?? d.File, [], 0, d));
            }
        }

        var entities = new Entities(nodes);
        var entityIds = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        foreach (ReportEntity e in report.Entities)
        {
            entityIds.TryAdd(e.Id, entities.Add(e.Type, e.Name, e.Aliases, e.MentionsPerDoc.Values.Sum()));
        }

        var edges = new List<GraphEdge>();
        edges.AddRange(report.EntityMentions
            .Where(m => docIds.ContainsKey(m.Doc) && entityIds.ContainsKey(m.Entity))
            .GroupBy(m => (Doc: docIds[m.Doc], Entity: entityIds[m.Entity].Id))
            .Select(g => Edge(Mention, g.Key.Doc, g.Key.Entity, g.Count(), Names(g.Select(m => m.Text)))));
        edges.AddRange(report.CitedSources
            .Where(s => docIds.ContainsKey(s.Doc))
            .GroupBy(s => (Doc: docIds[s.Doc], Source: entities.Resolve(s.Kind, s.Name)))
            .Select(g => Edge(Citation, g.Key.Doc, g.Key.Source.Id, g.Count(), Names(g.Select(s => s.Cue)))));
        edges.AddRange(report.Quotes
            .Where(q => docIds.ContainsKey(q.Doc) && !string.IsNullOrWhiteSpace(q.Speaker))
            .Select(q => (Quote: q, Speaker: entities.Find(q.Speaker!) ?? (IsName(q.Speaker!) ? entities.Add("person", q.Speaker!, [], 0) : null)))
            .Where(x => x.Speaker is not null)
            .GroupBy(x => (Speaker: x.Speaker!.Id, Doc: docIds[x.Quote.Doc]))
            .Select(g => Edge(Quote, g.Key.Speaker, g.Key.Doc, g.Count(), $"“{ReportFormat.Shorten(g.First().Quote.Text, DetailLength)}”")));
        return new ExportGraph(nodes, edges);
    }

    /// <summary>A speaker the index does not hold is a person of its own only when named ("a spokesman" is no one to link).</summary>
    private static bool IsName(string speaker) => char.IsUpper(speaker.Trim()[0]);

    /// <summary>The node of that id.</summary>
    public GraphNode Node(string id) => Nodes.First(n => n.Id == id);

    private static GraphEdge Edge(string kind, string source, string target, int count, string detail) =>
        new(ExportIds.Of(kind, source, target), kind, source, target, count, detail);

    /// <summary>"“Lopes”, “Mayor Lopes”": each distinct text once, in order.</summary>
    private static string Names(IEnumerable<string> texts) =>
        ReportFormat.Shorten(string.Join(", ", texts.Distinct(StringComparer.OrdinalIgnoreCase).Select(t => $"“{t}”")), DetailLength);

    /// <summary>The entity nodes, found by name or alias (case-insensitive), added when new.</summary>
    private sealed class Entities(List<GraphNode> nodes)
    {
        private readonly Dictionary<string, GraphNode> _byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, GraphNode> _byId = new(StringComparer.Ordinal);

        /// <summary>The entity the index knows by that name (or an alias), or null.</summary>
        public GraphNode? Find(string name) => _byName.GetValueOrDefault(name.Trim());

        /// <summary>The entity the index knows by that name, else a new one of that type.</summary>
        public GraphNode Resolve(string type, string name) => Find(name) ?? Add(type, name, [], 0);

        public GraphNode Add(string type, string name, IReadOnlyList<string> aliases, int mentions)
        {
            string id = ExportIds.Of(EntityKind, type, name.Trim().ToLowerInvariant());
            if (_byId.TryGetValue(id, out GraphNode? same))
            {
                return same; // two index entries of one name and type are one node
            }

            var node = new GraphNode(id, EntityKind, type, name.Trim(),
                [.. aliases.Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)], mentions, null);
            nodes.Add(node);
            _byId[id] = node;
            foreach (string n in aliases.Prepend(name))
            {
                _byName.TryAdd(n.Trim(), node);
            }

            return node;
        }
    }
}
