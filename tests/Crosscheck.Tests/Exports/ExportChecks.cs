using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Shouldly;

namespace Crosscheck.Tests.Exports;

/// <summary>
/// Each export format parsed with a real parser (System.Text.Json, System.Xml) and checked against what its published
/// specification requires. Shared by the library, CLI and workspace tests (linked into Crosscheck.Web.Tests).
/// </summary>
public static class ExportChecks
{
    /// <summary>
    /// schema.org ClaimReview as Google's fact-check markup requires it: @context schema.org, @type ClaimReview, claimReviewed,
    /// reviewRating (a Rating with alternateName, here without ratingValue: no truth rating), itemReviewed (a Claim whose
    /// appearances are CreativeWorks), author (an Organization with a name), url, datePublished (an ISO date).
    /// </summary>
    public static List<JsonElement> ClaimReview(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        doc.RootElement.ValueKind.ShouldBe(JsonValueKind.Array, "a list of ClaimReview objects");
        var reviews = doc.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
        foreach (JsonElement r in reviews)
        {
            Text(r, "@context").ShouldBe("https://schema.org");
            Text(r, "@type").ShouldBe("ClaimReview");
            Text(r, "claimReviewed").ShouldNotBeNullOrWhiteSpace();
            Text(r, "url").ShouldNotBeNullOrWhiteSpace();
            DateOnly.TryParseExact(Text(r, "datePublished"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _).ShouldBeTrue("datePublished is an ISO 8601 date");
            JsonElement author = r.GetProperty("author");
            Text(author, "@type").ShouldBe("Organization");
            Text(author, "name").ShouldNotBeNullOrWhiteSpace();
            JsonElement rating = r.GetProperty("reviewRating");
            Text(rating, "@type").ShouldBe("Rating");
            Text(rating, "alternateName").ShouldNotBeNullOrWhiteSpace();
            rating.TryGetProperty("ratingValue", out _).ShouldBeFalse("Crosscheck does not rate truth");
            JsonElement claim = r.GetProperty("itemReviewed");
            Text(claim, "@type").ShouldBe("Claim");
            foreach (JsonElement work in claim.GetProperty("appearance").EnumerateArray())
            {
                Text(work, "@type").ShouldBe("CreativeWork");
                (Text(work, "url") ?? Text(work, "name")).ShouldNotBeNullOrWhiteSpace("an appearance says where the claim appears");
                Text(work, "description").ShouldNotBeNullOrWhiteSpace("the article's stance in words");
            }
        }

        return reviews;
    }

    /// <summary>The schemata of followthemoney's default model an export may use, with the properties each has there.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> FtmModel = FtmSchemata();

    /// <summary>
    /// FollowTheMoney JSON lines: each line one object with a non-empty <c>id</c>, a <c>schema</c> of the model, and
    /// <c>properties</c> whose values are lists of strings, each property one the schema has; ids unique; every entity
    /// reference (a Documentation's document and entity) names an entity of the file; a Thing has a name.
    /// </summary>
    public static List<(string Id, string Schema, Dictionary<string, List<string>> Properties)> Ftm(string lines)
    {
        var entities = new List<(string Id, string Schema, Dictionary<string, List<string>> Properties)>();
        foreach (string line in lines.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement e = doc.RootElement;
            e.ValueKind.ShouldBe(JsonValueKind.Object);
            string id = Text(e, "id")!;
            id.ShouldNotBeNullOrWhiteSpace();
            string schema = Text(e, "schema")!;
            FtmModel.Keys.ShouldContain(schema);
            var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (JsonProperty p in e.GetProperty("properties").EnumerateObject())
            {
                FtmModel[schema].ShouldContain(p.Name, $"{schema} has no property {p.Name}");
                p.Value.ValueKind.ShouldBe(JsonValueKind.Array, $"{schema}.{p.Name} is a list");
                var values = p.Value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new ShouldAssertException($"{schema}.{p.Name}: {v} is not a string")).ToList();
                values.ShouldNotBeEmpty();
                values.ShouldAllBe(v => v.Length > 0);
                properties[p.Name] = values;
            }

            entities.Add((id, schema, properties));
        }

        entities.Select(e => e.Id).ShouldBeUnique();
        var byId = entities.ToDictionary(e => e.Id, e => e.Schema);
        foreach (var e in entities)
        {
            if (e.Schema == "Documentation")
            {
                e.Properties.Keys.ShouldContain("document");
                e.Properties.Keys.ShouldContain("entity");
                e.Properties["document"].ShouldAllBe(d => byId.ContainsKey(d) && (byId[d] == "Article" || byId[d] == "Document"));
                e.Properties["entity"].ShouldAllBe(x => byId.ContainsKey(x));
            }
            else
            {
                e.Properties.Keys.ShouldContain("name", $"{e.Schema} {e.Id}: a Thing needs a name");
            }
        }

        return entities;
    }

    private static readonly string[] GexfTypes = ["integer", "long", "double", "float", "boolean", "liststring", "listinteger", "listlong", "listdouble", "listfloat", "listboolean", "anyURI", "date", "string", "bigdecimal", "biginteger", "char", "short", "byte", "listbigdecimal", "listbiginteger", "listchar", "listshort", "listbyte"];

    /// <summary>
    /// GEXF 1.3: a gexf root in the http://gexf.net/1.3 namespace with version 1.3, one graph with a valid defaultedgetype
    /// and mode, attribute declarations (class node or edge, id, title, a GEXF type), nodes with unique ids and labels,
    /// edges with unique ids whose source and target are node ids, and attvalues that name declared attributes with values
    /// of the declared type.
    /// </summary>
    public static XDocument Gexf(string xml)
    {
        XNamespace g = "http://gexf.net/1.3";
        XDocument doc = XDocument.Parse(xml);
        XElement root = doc.Root!;
        root.Name.ShouldBe(g + "gexf");
        ((string?)root.Attribute("version")).ShouldBe("1.3");
        root.Elements().Select(e => e.Name.LocalName).Where(n => n != "meta").ShouldBe(["graph"]);
        XElement graph = root.Element(g + "graph")!;
        new[] { "directed", "undirected", "mutual" }.ShouldContain((string?)graph.Attribute("defaultedgetype"));
        new[] { null, "static", "dynamic" }.ShouldContain((string?)graph.Attribute("mode"));
        graph.Elements().Select(e => e.Name.LocalName).Distinct().ShouldBe(["attributes", "nodes", "edges"], "attributes, then nodes, then edges");

        var declared = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal) { ["node"] = [], ["edge"] = [] };
        foreach (XElement attributes in graph.Elements(g + "attributes"))
        {
            string cls = (string?)attributes.Attribute("class") ?? string.Empty;
            declared.Keys.ShouldContain(cls);
            foreach (XElement a in attributes.Elements(g + "attribute"))
            {
                string id = (string?)a.Attribute("id") ?? string.Empty;
                id.ShouldNotBeNullOrEmpty();
                ((string?)a.Attribute("title")).ShouldNotBeNullOrEmpty();
                GexfTypes.ShouldContain((string?)a.Attribute("type"));
                declared[cls].TryAdd(id, (string)a.Attribute("type")!).ShouldBeTrue($"attribute {id} declared twice");
            }
        }

        var nodes = graph.Element(g + "nodes")!.Elements(g + "node").ToList();
        var nodeIds = nodes.Select(n => (string?)n.Attribute("id") ?? string.Empty).ToList();
        nodeIds.ShouldAllBe(id => id.Length > 0);
        nodeIds.ShouldBeUnique();
        nodes.ShouldAllBe(n => !string.IsNullOrEmpty((string?)n.Attribute("label")));
        var ids = nodeIds.ToHashSet(StringComparer.Ordinal);
        var edges = graph.Element(g + "edges")?.Elements(g + "edge").ToList() ?? [];
        edges.Select(e => (string?)e.Attribute("id")).ShouldBeUnique();
        foreach (XElement e in edges)
        {
            ids.ShouldContain((string)e.Attribute("source")!);
            ids.ShouldContain((string)e.Attribute("target")!);
            if (e.Attribute("weight") is { } w)
            {
                double.TryParse(w.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _).ShouldBeTrue();
            }
        }

        foreach ((string cls, IEnumerable<XElement> items) in new[] { ("node", nodes), ("edge", edges) })
        {
            foreach (XElement v in items.SelectMany(i => i.Elements(g + "attvalues").Elements(g + "attvalue")))
            {
                string key = (string)v.Attribute("for")!;
                declared[cls].Keys.ShouldContain(key, $"{cls} attvalue for an undeclared attribute");
                string value = (string)v.Attribute("value")!;
                if (declared[cls][key] == "integer")
                {
                    int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _).ShouldBeTrue($"{key} = {value} is not an integer");
                }
            }
        }

        return doc;
    }

    /// <summary>
    /// TimelineJS JSON: an object with an <c>events</c> list; each event has a <c>start_date</c> whose <c>year</c> is a
    /// number (month 1–12 and day 1–31 numbers when given) and, when it has <c>text</c>, a headline or text string.
    /// </summary>
    public static JsonElement TimelineJs(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement.Clone();
        root.ValueKind.ShouldBe(JsonValueKind.Object);
        foreach (JsonElement e in root.GetProperty("events").EnumerateArray())
        {
            JsonElement start = e.GetProperty("start_date");
            start.GetProperty("year").ValueKind.ShouldBe(JsonValueKind.Number);
            if (start.TryGetProperty("month", out JsonElement month))
            {
                month.GetInt32().ShouldBeInRange(1, 12);
            }

            if (start.TryGetProperty("day", out JsonElement day))
            {
                day.GetInt32().ShouldBeInRange(1, 31);
                start.TryGetProperty("month", out _).ShouldBeTrue("a day needs its month");
            }

            if (e.TryGetProperty("text", out JsonElement text))
            {
                (Text(text, "headline") ?? Text(text, "text")).ShouldNotBeNullOrWhiteSpace();
            }
        }

        root.GetProperty("events").EnumerateArray().Select(e => Text(e, "unique_id")).Where(u => u is not null).ShouldBeUnique();
        return root;
    }

    public static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static Dictionary<string, IReadOnlySet<string>> FtmSchemata()
    {
        // From followthemoney's model (followthemoney/schema/*.yaml): Thing's properties, and those each schema adds.
        string[] thing = ["name", "summary", "description", "country", "alias", "previousName", "weakAlias", "sourceUrl", "publisher", "publisherUrl", "keywords", "topics", "address", "addressEntity", "notes", "proof", "createdAt", "modifiedAt", "retrievedAt"];
        string[] legalEntity = [.. thing, "email", "phone", "website", "legalForm", "incorporationDate", "dissolutionDate", "jurisdiction", "registrationNumber", "status", "sector"];
        string[] document = [.. thing, "title", "author", "fileName", "extension", "mimeType", "language", "date", "authoredAt", "publishedAt", "contentHash", "fileSize", "parent"];
        string[] interval = ["startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "publisher", "publisherUrl", "modifiedAt", "retrievedAt"];
        return new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
        {
            ["Person"] = new HashSet<string>([.. legalEntity, "firstName", "lastName", "title", "nationality", "birthDate", "position"]),
            ["Organization"] = new HashSet<string>(legalEntity),
            ["PublicBody"] = new HashSet<string>(legalEntity),
            ["Address"] = new HashSet<string>([.. thing, "full", "street", "city", "postalCode", "region", "state", "remarks"]),
            ["Document"] = new HashSet<string>(document),
            ["Article"] = new HashSet<string>(document),
            ["Documentation"] = new HashSet<string>([.. interval, "role", "status", "document", "entity"]),
        };
    }
}
