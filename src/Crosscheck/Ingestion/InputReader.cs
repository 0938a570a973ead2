using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Crosscheck.Ingestion.Csv;
using Crosscheck.Ingestion.Feeds;
using Crosscheck.Ingestion.Html;
using Crosscheck.Ingestion.Mail;
using Crosscheck.Ingestion.Documents;
using Crosscheck.Ingestion.Text;
using Crosscheck.Ingestion.Web;
using Crosscheck.Model;

namespace Crosscheck.Ingestion;

/// <summary>The read stage's result: the documents read, and a problem for each file (or item) that could not be used.</summary>
public sealed record ReadResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<InputProblem> Problems)
{
    /// <summary>Inputs collapsed into an earlier document because their decoded text was the same.</summary>
    public IReadOnlyList<DuplicateInput> Duplicates { get; init; } = [];

    /// <summary>What was done to read a file that was read all the same (e.g. bytes that are not UTF-8 read as Windows-1252).</summary>
    public IReadOnlyList<InputProblem> Notes { get; init; } = [];
}

/// <summary>
/// The read stage: expands files and folders (recursively), detects each file's format (content
/// first, extension second) and encoding, and returns one <see cref="SourceDocument"/> per article.
/// Never throws for a bad file: it becomes an <see cref="InputProblem"/> naming the file and the reason.
/// </summary>
public sealed class InputReader
{
    /// <summary>Files larger than this are not read.</summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>How deep files carried in files (attachments of attached mails) are read.</summary>
    private const int MaxEmbeddedDepth = 2;

    private static readonly Dictionary<InputFormat, IFormatReader> Readers = new IFormatReader[]
    {
        new PlainTextReader(), new HtmlReader(), new EmailReader(), new MboxReader(), new FeedReader(), new JsonLinesReader(), new CsvReader(),
        new PdfReader(), new DocxReader(),
    }.ToDictionary(r => r.Format);

    private readonly FetchSettings _fetch;

    /// <param name="fetch">How inputs given as links are fetched (<see cref="FetchSettings.Default"/> when null).</param>
    public InputReader(FetchSettings? fetch = null) => _fetch = fetch ?? FetchSettings.Default;

    public ReadResult Read(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var documents = new List<SourceDocument>();
        var problems = new List<InputProblem>();
        var duplicates = new List<DuplicateInput>();
        var notes = new List<InputProblem>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        using var links = new LinkReader(_fetch);
        foreach (string path in paths)
        {
            IEnumerable<(FormatResult Result, string Name)> results = WebInput.IsUrl(path)
                ? links.Read(path, problems, notes, ReadBytes) is { } fetched ? WithEmbedded(fetched, notes, 0).Select(r => (r, path)) : []
                : InputExpander.Expand(path, problems).SelectMany(f => WithEmbedded(ReadFile(f.Path, f.Name, notes), notes, 0).Select(r => (r, f.Name)));
            foreach ((FormatResult result, string name) in results)
            {
                problems.AddRange(result.Problems);
                notes.AddRange(result.Notes);
                foreach (ReadItem item in result.Items)
                {
                    string text = TextNormalizer.Normalize(item.Text);
                    if (text.Length == 0)
                    {
                        problems.Add(new InputProblem(item.File, item.File == name ? "no text found" : "item has no text, skipped"));
                        continue;
                    }

                    string id = ContentId(text);
                    if (seen.TryGetValue(id, out string? first))
                    {
                        duplicates.Add(new DuplicateInput(item.File, first));
                        continue;
                    }

                    seen.Add(id, item.File);
                    documents.Add(new SourceDocument(id, item.File, item.Format, text, item.Meta));
                }
            }
        }

        return new ReadResult(documents, problems) { Duplicates = duplicates, Notes = notes };
    }

    /// <summary>The id of a document: a hash of its decoded text, so the same content is one document.</summary>
    public static string ContentId(string text)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    private static FormatResult ReadFile(string path, string name, List<InputProblem> notes)
    {
        byte[] bytes;
        try
        {
            long length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return FormatResult.Failed(name, string.Create(CultureInfo.InvariantCulture,
                    $"file is {length / (1024.0 * 1024):0.0} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (UnauthorizedAccessException)
        {
            return FormatResult.Failed(name, "cannot read file: permission denied");
        }
        catch (IOException e)
        {
            return FormatResult.Failed(name, $"cannot read file: {e.Message}");
        }

        return ReadBytes(new InputFile(name, bytes), notes);
    }

    /// <summary>A file's result, then the results of the files it carries (a mail's attachments), to <see cref="MaxEmbeddedDepth"/> levels.</summary>
    private static IEnumerable<FormatResult> WithEmbedded(FormatResult result, List<InputProblem> notes, int depth)
    {
        yield return result;
        foreach (InputFile inner in result.Embedded)
        {
            if (depth >= MaxEmbeddedDepth)
            {
                notes.Add(new InputProblem(inner.Name, $"attached {MaxEmbeddedDepth + 1} levels deep (a file in a file in a file …); not read"));
                continue;
            }

            foreach (FormatResult r in WithEmbedded(ReadBytes(inner, notes), notes, depth + 1))
            {
                yield return r;
            }
        }
    }

    /// <summary>Reads a file's bytes (from disk or carried in another file): format by content, then by extension.</summary>
    private static FormatResult ReadBytes(InputFile input, List<InputProblem> notes)
    {
        string name = input.Name;
        byte[] bytes = input.Bytes;
        if (bytes.Length == 0)
        {
            return FormatResult.Failed(name, "empty file");
        }

        if (FormatSniffer.FromBytes(bytes, input.Extension) is { } document)
        {
            return ReadAs(document, input);
        }

        if (BinarySniffer.BinaryReason(bytes) is string binary)
        {
            return FormatResult.Failed(name, binary);
        }

        if (string.IsNullOrWhiteSpace(input.Decoded.Text.Replace('\uFEFF', ' ')))
        {
            return FormatResult.Failed(name, "empty file (whitespace only)");
        }

        InputFormat format = FormatSniffer.Detect(input);
        FormatResult read = ReadAs(format, input);
        if (format is InputFormat.PlainText or InputFormat.Csv or InputFormat.JsonLines && input.Decoded.How == TextDecoder.FallbackHow && read.Items.Count > 0)
        {
            notes.Add(new InputProblem(name, string.Create(CultureInfo.InvariantCulture,
                $"not valid UTF-8 (first bad byte at offset {TextDecoder.FirstInvalidUtf8(input.Bytes)}): read as Windows-1252; check its accented letters and quotes")));
        }

        return read;
    }

    private static FormatResult ReadAs(InputFormat format, InputFile input)
    {
        try
        {
            return Readers[format].Read(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug must not stop the other files: report it by name, with the reason.
            return FormatResult.Failed(input.Name, $"could not be read as {format}: {e.GetType().Name}: {e.Message}");
        }
    }
}
