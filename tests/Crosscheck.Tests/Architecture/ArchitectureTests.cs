using System.Text.RegularExpressions;
using Crosscheck.Model;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Architecture;

/// <summary>
/// The layout of docs/ARCHITECTURE.md, checked on the compiled library: data flows one way through the stages
/// (read → clean → annotate → extract and compare, per finding kind → report model → store → render), no folder
/// depends on a later stage, and no two folders depend on each other, directly or around a loop. (That each word list
/// is defined once is checked by <see cref="LexiconTests"/>.)
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Lazy<NamespaceGraph> Library = new(() =>
        NamespaceGraph.Read(typeof(Document).Assembly.Location, "Crosscheck"));

    /// <summary>
    /// The stage of each namespace (= folder): a namespace may use its own stage and earlier ones only.
    /// A new folder must be given its stage here. Within a finding kind's folder, <c>Records/</c> (its part of the
    /// report model) and <c>Render/</c> (its HTML and Markdown sections) belong to the later stages they serve.
    /// </summary>
    internal static int StageOf(string ns) => ns switch
    {
        "Crosscheck.Model" or "Crosscheck.Lexicons" or "Crosscheck.Learning" => 0,
        "Crosscheck.Semantics" => 1,
        _ when Under(ns, "Crosscheck.Ingestion") => 2,
        _ when Under(ns, "Crosscheck.Cleaning") => 3,
        _ when Under(ns, "Crosscheck.Annotation") => 4,
        _ when KindPart(ns, "Records") => 7,
        _ when KindPart(ns, "Render") => 9,
        _ when Under(ns, "Crosscheck.Kinds") => 5,
        _ when Under(ns, "Crosscheck.Pipeline") => 6,
        "Crosscheck.Reporting.Common" or "Crosscheck.Reporting" => 7,
        _ when Under(ns, "Crosscheck.Store") => 8,
        "Crosscheck.Reporting.Writers" or "Crosscheck.Exports" => 9,
        _ => -1,
    };

    private static readonly string[] StageNames = ["model, lexicons and learning", "semantics", "read", "clean", "annotate", "extract and compare", "pipeline", "report model", "store", "render"];

    [Fact]
    public void Every_namespace_of_the_library_has_a_stage()
    {
        Library.Value.Namespaces.Where(ns => StageOf(ns) < 0).ShouldBeEmpty("give each new folder its stage in ArchitectureTests.StageOf");
    }

    [Fact]
    public void No_stage_depends_on_a_later_stage()
    {
        var offenders = Library.Value.Edges
            .SelectMany(e => e.Value.Where(t => StageOf(t.Key) > StageOf(e.Key))
                .Select(t => $"{e.Key} ({StageNames[StageOf(e.Key)]}) → {t.Key} ({StageNames[StageOf(t.Key)]}): {t.Value}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        offenders.ShouldBeEmpty();
    }

    /// <summary>
    /// The folders whose mutual dependence is forbidden: each stage folder with its subfolders (a reader and its
    /// format readers are one stage), each kind's extraction and comparison, its <c>Records/</c> and its <c>Render/</c>,
    /// and each folder of the report model and the renderers.
    /// </summary>
    internal static string FolderOf(string ns)
    {
        string[] parts = ns.Split('.');
        if (parts.Length >= 3 && parts[1] == "Kinds")
        {
            return parts.Length >= 4 && parts[3] is "Records" or "Render" ? string.Join('.', parts[..4]) : string.Join('.', parts[..3]);
        }

        return parts.Length >= 2 && parts[1] == "Reporting" ? ns : string.Join('.', parts[..Math.Min(2, parts.Length)]);
    }

    [Fact]
    public void No_two_folders_depend_on_each_other()
    {
        NamespaceGraph folders = Library.Value.Collapse(FolderOf);
        var cycles = folders.Cycles()
            .Select(c => string.Join(" ⇄ ", c) + ": " + string.Join("; ", c.SelectMany(a => folders.Edges.TryGetValue(a, out var t)
                ? t.Where(x => c.Contains(x.Key)).Select(x => x.Value) : [])))
            .ToList();
        cycles.ShouldBeEmpty();
    }

    [Fact]
    public void The_library_references_neither_the_lab_nor_the_apps()
    {
        Library.Value.AssemblyReferences.Where(a => a.StartsWith("Crosscheck", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [Fact]
    public void The_web_app_does_not_reference_the_lab()
    {
        string web = Path.Combine(Path.GetDirectoryName(typeof(Document).Assembly.Location)!, "Crosscheck.Web.dll");
        if (!File.Exists(web))
        {
            Assert.Skip("Crosscheck.Web.dll is not beside the tests");
        }

        NamespaceGraph.Read(web, "Crosscheck.Web").AssemblyReferences.ShouldNotContain("Crosscheck.Lab");
    }

    [Fact]
    public void Each_kind_folder_keeps_its_stages_apart()
    {
        // A kind's extraction and comparison never read its report records or its renderers.
        var offenders = Library.Value.Edges
            .Where(e => Under(e.Key, "Crosscheck.Kinds") && !KindPart(e.Key, "Records") && !KindPart(e.Key, "Render"))
            .SelectMany(e => e.Value.Keys.Where(t => KindPart(t, "Records") || KindPart(t, "Render")).Select(t => $"{e.Key} → {t}"))
            .ToList();
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_graph_reader_sees_dependencies_the_using_lines_do_not_show()
    {
        // The graph must be able to fail: the pipeline runs the kinds, and the report builder calls each kind's mapping.
        NamespaceGraph g = Library.Value;
        g.Edges["Crosscheck.Pipeline"].Keys.ShouldContain("Crosscheck.Kinds.Quotes");
        g.Edges["Crosscheck.Reporting"].Keys.ShouldContain("Crosscheck.Kinds.Quotes.Records");
        g.Edges["Crosscheck.Kinds.Quotes.Render"].Keys.ShouldContain("Crosscheck.Reporting");
        StageOf("Crosscheck.Kinds.Quotes").ShouldBeLessThan(StageOf("Crosscheck.Reporting.Writers"));
    }

    [Fact]
    public void Cycles_are_found_in_a_made_up_graph()
    {
        // Tarjan on the library graph plus one back edge from the model to the store: the check must report it.
        NamespaceGraph g = Library.Value.Collapse(FolderOf);
        g.Cycles().ShouldBeEmpty();
        Library.Value.Cycles().ShouldNotBeEmpty(); // subfolders of one stage do use each other (Ingestion and its format readers)
        var withLoop = g.Edges.ToDictionary(e => e.Key, e => e.Value.Keys.ToList());
        withLoop.GetValueOrDefault("Crosscheck.Model", []).Add("Crosscheck.Store");
        HasCycle(withLoop).ShouldBeTrue();
    }

    private static bool HasCycle(Dictionary<string, List<string>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Visit(string v)
        {
            state[v] = 1;
            foreach (string w in edges.GetValueOrDefault(v, []))
            {
                if (state.GetValueOrDefault(w) == 1 || (state.GetValueOrDefault(w) == 0 && Visit(w)))
                {
                    return true;
                }
            }

            state[v] = 2;
            return false;
        }

        if (!edges.ContainsKey("Crosscheck.Model"))
        {
            edges["Crosscheck.Model"] = ["Crosscheck.Store"];
        }

        return edges.Keys.ToList().Any(v => state.GetValueOrDefault(v) == 0 && Visit(v));
    }

    private static bool Under(string ns, string root) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

    private static bool KindPart(string ns, string part) => Regex.IsMatch(ns, @"^Crosscheck\.Kinds\.\w+\." + part + @"(\.|$)");
}
