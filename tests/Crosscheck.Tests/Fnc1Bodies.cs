using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Tests;

/// <summary>The FNC-1 training bodies (real news on many stories), read once with the product's own CSV reader.</summary>
public static class Fnc1Bodies
{
    private static readonly Lazy<IReadOnlyList<SourceDocument>> Read = new(() => new InputReader().Read([Path]).Documents);

    public static string Path => System.IO.Path.Combine(TestPaths.Shared, "data", "fnc1", "train_bodies.csv");

    public static bool Available => File.Exists(Path);

    /// <summary>One document per distinct body (identical bodies are read once).</summary>
    public static IReadOnlyList<SourceDocument> Documents => Read.Value;

    public static List<string> Texts() => [.. Documents.Select(d => d.Text)];
}
