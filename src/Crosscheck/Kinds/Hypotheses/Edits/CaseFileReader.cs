using System.Text.Json;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Hypotheses.Edits;

/// <summary>A case file read, or why it could not be (the message names the file and the place in it).</summary>
public sealed record CaseFileResult(CaseFile? Case, string? Error)
{
    public bool Success => Case is not null;
}

/// <summary>
/// Reads <c>crosscheck.case.json</c> (docs/case-file.md). Strict about names, so that a typo ("hypothesis",
/// "rename" as a list) is reported rather than silently ignored; comments and trailing commas are allowed.
/// Never throws for a bad file: the result carries a message that names the file and what is wrong where.
/// </summary>
public static class CaseFileReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    public static CaseFileResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CaseFileResult(null, $"{path}: cannot read the case file: {e.Message}");
        }

        return Parse(json, path);
    }

    /// <param name="name">The file name to put in messages.</param>
    public static CaseFileResult Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json, Options);
            return new CaseFileResult(ReadCase(doc.RootElement), null);
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $" (line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1})" : string.Empty;
            return new CaseFileResult(null, $"{name}: not valid JSON{where}: {FirstSentence(e.Message)}");
        }
        catch (CaseFileException e)
        {
            return new CaseFileResult(null, $"{name}: {e.Message} (see docs/case-file.md)");
        }
    }

    private static CaseFile ReadCase(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "the file", "an object like {\"hypotheses\": {…}}");
        HypothesisEditSet hypotheses = HypothesisEditSet.Empty;
        foreach (JsonProperty p in root.EnumerateObject())
        {
            hypotheses = p.Name switch
            {
                "hypotheses" => ReadEdits(p.Value),
                _ => throw new CaseFileException($"unknown key \"{p.Name}\" at the top level (known: \"hypotheses\")"),
            };
        }

        return new CaseFile(hypotheses);
    }

    private static HypothesisEditSet ReadEdits(JsonElement e)
    {
        Expect(e, JsonValueKind.Object, "hypotheses", "an object with \"add\", \"rename\", \"merge\" or \"drop\"");
        HypothesisEditSet set = HypothesisEditSet.Empty;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            string at = $"hypotheses.{p.Name}";
            set = p.Name switch
            {
                "add" => set with { Add = [.. Items(p.Value, at).Select((x, i) => ReadAddition(x, $"{at}[{i}]"))] },
                "rename" => set with { Rename = ReadRename(p.Value, at) },
                "merge" => set with { Merge = [.. Items(p.Value, at).Select((x, i) => ReadMergeGroup(x, $"{at}[{i}]"))] },
                "drop" => set with { Drop = [.. Items(p.Value, at).Select((x, i) => Text(x, $"{at}[{i}]"))] },
                _ => throw new CaseFileException($"unknown key \"{p.Name}\" in \"hypotheses\" (known: \"add\", \"rename\", \"merge\", \"drop\")"),
            };
        }

        return set;
    }

    private static HypothesisAddition ReadAddition(JsonElement e, string at)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return new HypothesisAddition(null, Text(e, at));
        }

        Expect(e, JsonValueKind.Object, at, "a string, or an object with \"text\" (and optionally \"id\", \"agent\", \"kind\")");
        string? id = null, text = null, agent = null;
        HypothesisKind? kind = null;
        foreach (JsonProperty p in e.EnumerateObject())
        {
            string path = $"{at}.{p.Name}";
            switch (p.Name)
            {
                case "id":
                    id = Text(p.Value, path);
                    break;
                case "text":
                    text = Text(p.Value, path);
                    break;
                case "agent":
                    agent = p.Value.ValueKind == JsonValueKind.Null ? null : Text(p.Value, path);
                    break;
                case "kind":
                    kind = p.Value.ValueKind == JsonValueKind.Null ? null : Kind(Text(p.Value, path), path);
                    break;
                default:
                    throw new CaseFileException($"unknown key \"{p.Name}\" in {at} (known: \"id\", \"text\", \"agent\", \"kind\")");
            }
        }

        return new HypothesisAddition(id, text ?? throw new CaseFileException($"{at} has no \"text\""), agent, kind);
    }

    private static Dictionary<string, string> ReadRename(JsonElement e, string at)
    {
        Expect(e, JsonValueKind.Object, at, "an object from hypothesis id to its new text, like {\"h2\": \"…\"}");
        return e.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value, $"{at}.{p.Name}"), StringComparer.Ordinal);
    }

    private static IReadOnlyList<string> ReadMergeGroup(JsonElement e, string at)
    {
        List<string> ids = [.. Items(e, at).Select((x, i) => Text(x, $"{at}[{i}]"))];
        return ids.Count >= 2 ? ids : throw new CaseFileException($"{at} must list at least two hypotheses to merge, the one to keep first");
    }

    private static HypothesisKind Kind(string value, string at) => value switch
    {
        "responsibility" => HypothesisKind.Responsibility,
        "cause" => HypothesisKind.Cause,
        "false_flag" => HypothesisKind.FalseFlag,
        "user" => HypothesisKind.User,
        _ => throw new CaseFileException($"{at}: unknown kind \"{value}\" (known: \"responsibility\", \"cause\", \"false_flag\", \"user\")"),
    };

    private static IEnumerable<JsonElement> Items(JsonElement e, string at)
    {
        Expect(e, JsonValueKind.Array, at, "a list [ … ]");
        return e.EnumerateArray().ToList();
    }

    private static string Text(JsonElement e, string at)
    {
        Expect(e, JsonValueKind.String, at, "a string");
        string s = e.GetString()!.Trim();
        return s.Length > 0 ? s : throw new CaseFileException($"{at} is an empty string");
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string at, string what)
    {
        if (e.ValueKind != kind)
        {
            throw new CaseFileException($"{at} should be {what}, not {Describe(e.ValueKind)}");
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private sealed class CaseFileException(string message) : Exception(message);
}
