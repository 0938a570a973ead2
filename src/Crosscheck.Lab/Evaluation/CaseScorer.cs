using System.Text.Json;
using System.Text.RegularExpressions;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Lab.Evaluation;

/// <summary>
/// Scores a report against a case's gold file (the format of corpus/*/gold.json: documents, numeric
/// claims, quotes, dates, cited sources, entity alias sets). The scorer knows the gold format only;
/// it names no event of its own. Targets are the share of each gold list the acceptance criteria require.
/// </summary>
public static partial class CaseScorer
{
    public static CaseScore Score(Report report, string goldPath)
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        JsonElement root = gold.RootElement;
        var misses = new List<string>();
        var figures = new List<Figure>();
        Dictionary<string, ReportDocument> docs = report.Documents.ToDictionary(d => d.File, StringComparer.Ordinal);
        AliasSets aliases = AliasSets.From(root);

        ScoreMetadata(root, docs, figures, misses);
        ScoreNumbers(root, report, docs, figures, misses);
        ScoreQuotes(root, report, docs, aliases, figures, misses);
        ScoreDates(root, report, docs, figures, misses);
        ScoreCitedSources(root, report, figures, misses);
        ScoreEntities(root, report, aliases, figures, misses);
        ScoreHypotheses(root, report, docs, aliases, figures, misses);
        return new CaseScore(figures, misses);
    }

    private static void ScoreMetadata(JsonElement root, Dictionary<string, ReportDocument> docs, List<Figure> figures, List<string> misses)
    {
        int titles = 0, titleCount = 0, subtitles = 0, subtitleCount = 0, authors = 0, dates = 0, dateCount = 0, chrome = 0, chromeCount = 0;
        foreach (JsonProperty p in root.GetProperty("documents").EnumerateObject())
        {
            ReportDocument? d = docs.GetValueOrDefault(p.Name);
            JsonElement g = p.Value;
            titleCount++;
            if (d is not null && SameText(d.Title, Str(g, "title")))
            {
                titles++;
            }
            else
            {
                misses.Add($"title {p.Name}: got '{d?.Title}', want '{Str(g, "title")}'");
            }

            if (Str(g, "subtitle") is { } subtitle)
            {
                subtitleCount++;
                if (d is not null && SameText(d.Subtitle, subtitle))
                {
                    subtitles++;
                }
                else
                {
                    misses.Add($"subtitle {p.Name}: got '{d?.Subtitle}', want '{subtitle}'");
                }
            }

            string? author = Str(g, "author");
            if (d is not null && (author is null ? d.Author is null : SameText(d.Author, author)))
            {
                authors++;
            }
            else
            {
                misses.Add($"author {p.Name}: got '{d?.Author}', want '{author ?? "none"}'");
            }

            if (Str(g, "published") is { } published)
            {
                dateCount++;
                if (d?.Published == published)
                {
                    dates++;
                }
                else
                {
                    misses.Add($"published {p.Name}: got '{d?.Published}', want '{published}'");
                }
            }

            if (g.TryGetProperty("boilerplate_not_in_body", out JsonElement chromeList))
            {
                foreach (JsonElement s in chromeList.EnumerateArray())
                {
                    chromeCount++;
                    if (d is not null && d.Text.Contains(s.GetString()!, StringComparison.Ordinal))
                    {
                        chrome++;
                        misses.Add($"chrome left in {p.Name}: '{s.GetString()}'");
                    }
                }
            }
        }

        figures.Add(new Figure("metadata: titles", titles, titleCount, titleCount));
        figures.Add(new Figure("metadata: subtitles", subtitles, subtitleCount, subtitleCount));
        figures.Add(new Figure("metadata: authors (null where none)", authors, titleCount, titleCount));
        figures.Add(new Figure("metadata: publication dates", dates, dateCount, dateCount));
        figures.Add(new Figure("cleaning: boilerplate strings left in bodies", chrome, chromeCount, 0, AtMost: true));
    }

    private static void ScoreNumbers(JsonElement root, Report report, Dictionary<string, ReportDocument> docs, List<Figure> figures, List<string> misses)
    {
        string mainEvent = root.GetProperty("event").GetProperty("name").GetString()!;
        int n = 0, right = 0, mainRight = 0;
        foreach (JsonElement c in root.GetProperty("numeric_claims").EnumerateArray())
        {
            n++;
            string doc = Str(c, "doc")!;
            string contains = Str(c, "contains")!;
            ReportNumber? found = Locate(docs, doc, contains) is { } span
                ? report.Numbers.Where(x => x.Doc == doc && x.Start < span.End && span.Start < x.End)
                    .OrderByDescending(x => x.Value == c.GetProperty("value").GetDouble())
                    .FirstOrDefault()
                : null;
            bool main = Str(c, "event") == mainEvent;
            if (found is not null
                && found.Value == c.GetProperty("value").GetDouble()
                && found.Qualifier == Str(c, "qualifier")
                && found.Measure == Str(c, "measure"))
            {
                right++;
            }
            else
            {
                misses.Add($"number {doc} '{contains}': got {Describe(found)}, want {c.GetProperty("value")} {Str(c, "qualifier")} {Str(c, "measure")}");
            }

            if (found is not null && found.MainEvent == main)
            {
                mainRight++;
            }
            else
            {
                misses.Add($"number {doc} '{contains}': main event flag {found?.MainEvent.ToString() ?? "(not found)"}, want {main}");
            }
        }

        figures.Add(new Figure("numbers: value, qualifier and measure", right, n, Share(n, 0.9)));
        figures.Add(new Figure("numbers: main-event flag", mainRight, n, Share(n, 0.85)));
        ReportNumberFinding? killed = report.NumberFindings.FirstOrDefault(f => f.MainEvent && f.Measure == "killed");
        bool rising = killed?.Verdict == "rising_count";
        if (!rising)
        {
            misses.Add($"main-event killed verdict: got '{killed?.Verdict ?? "(no finding)"}', want rising_count");
        }

        figures.Add(new Figure("numbers: main-event killed is a rising count", rising ? 1 : 0, 1, 1));
    }

    private static string Describe(ReportNumber? n) => n is null ? "(not found)" : $"{n.Value} {n.Qualifier} {n.Measure ?? "(no measure)"} '{n.Text}'";

    private static void ScoreQuotes(JsonElement root, Report report, Dictionary<string, ReportDocument> docs, AliasSets aliases, List<Figure> figures, List<string> misses)
    {
        var goldQuotes = root.GetProperty("quotes").EnumerateArray().ToList();
        int right = 0;
        var matchOf = new Dictionary<ReportQuote, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < goldQuotes.Count; i++)
        {
            JsonElement g = goldQuotes[i];
            string doc = Str(g, "doc")!;
            string contains = NormQuote(Str(g, "contains")!);
            List<ReportQuote> candidates = report.Quotes.Where(q => q.Doc == doc && NormQuote(q.Text).Contains(contains, StringComparison.Ordinal)).ToList();
            foreach (ReportQuote q in candidates)
            {
                matchOf.TryAdd(q, i);
            }

            string speaker = Str(g, "speaker")!;
            if (candidates.Any(q => q.Kind != "scare" && aliases.Same(q.Speaker, speaker)))
            {
                right++;
            }
            else
            {
                string got = candidates.Count == 0 ? "(quote not found)" : string.Join("; ", candidates.Select(q => $"{q.Kind} by '{q.Speaker}'"));
                misses.Add($"quote {doc} '{Str(g, "contains")}': {got}, want '{speaker}'");
            }
        }

        figures.Add(new Figure("quotes: found with the right speaker", right, goldQuotes.Count, Share(goldQuotes.Count, 0.88)));

        var terms = ScareTerms().Matches(Str(root, "not_quotes_note") ?? "").Select(m => NormQuote(m.Groups[1].Value)).ToList();
        int asStatements = 0;
        foreach (string term in terms)
        {
            ReportQuote? wrong = report.Quotes.FirstOrDefault(q => q.Kind != "scare" && q.Speaker is not null && NormQuote(q.Text).Trim(' ', ',', '.') == term);
            if (wrong is not null)
            {
                asStatements++;
                misses.Add($"scare quote '{term}' reported as a statement by '{wrong.Speaker}' in {wrong.Doc}");
            }
        }

        figures.Add(new Figure("quotes: scare quotes reported as statements", asStatements, terms.Count, 2, AtMost: true));

        // Quote groups: each gold group's quotes share one report group; no report group mixes statements.
        var goldGroups = goldQuotes.Select((g, i) => (Group: Str(g, "group"), Index: i)).Where(x => x.Group is not null).GroupBy(x => x.Group!).ToList();
        int formed = 0;
        foreach (var gg in goldGroups)
        {
            var ids = gg.Select(x => matchOf.Where(m => m.Value == x.Index).Select(m => m.Key.Group).FirstOrDefault(id => id is not null)).ToList();
            if (ids.All(id => id is not null) && ids.Distinct().Count() == 1)
            {
                formed++;
            }
            else
            {
                misses.Add($"quote group '{gg.Key}' not formed: report groups {string.Join(", ", ids.Select(id => id ?? "none"))}");
            }
        }

        figures.Add(new Figure("quotes: gold quote groups formed", formed, goldGroups.Count, goldGroups.Count));
        int mixed = 0;
        foreach (ReportQuoteGroup group in report.QuoteGroups)
        {
            var statements = report.Quotes.Where(q => q.Group == group.Id && matchOf.ContainsKey(q))
                .Select(q => Str(goldQuotes[matchOf[q]], "group") ?? $"#{matchOf[q]}")
                .Distinct().ToList();
            if (statements.Count > 1)
            {
                mixed++;
                misses.Add($"quote group {group.Id} mixes different statements: {string.Join(", ", statements)}");
            }
        }

        figures.Add(new Figure("quotes: groups mixing different statements", mixed, report.QuoteGroups.Count, 0, AtMost: true));
    }

    private static void ScoreDates(JsonElement root, Report report, Dictionary<string, ReportDocument> docs, List<Figure> figures, List<string> misses)
    {
        int n = 0, right = 0;
        foreach (JsonElement g in root.GetProperty("dates").EnumerateArray())
        {
            n++;
            string doc = Str(g, "doc")!;
            string contains = Str(g, "contains")!;
            string want = Str(g, "value")!;
            List<ReportDate> found = Locate(docs, doc, contains) is { } span
                ? report.Dates.Where(x => x.Doc == doc && x.Start < span.End && span.Start < x.End).ToList()
                : [];
            if (found.Any(d => d.Value == want))
            {
                right++;
            }
            else
            {
                misses.Add($"date {doc} '{contains}': got {(found.Count == 0 ? "(not found)" : string.Join(", ", found.Select(d => $"'{d.Text}'={d.Value}")))}, want {want}");
            }
        }

        figures.Add(new Figure("dates: right value", right, n, Share(n, 0.9)));
    }

    private static void ScoreCitedSources(JsonElement root, Report report, List<Figure> figures, List<string> misses)
    {
        int n = 0, right = 0;
        foreach (JsonElement g in root.GetProperty("cited_sources").EnumerateArray())
        {
            string doc = Str(g, "doc")!;
            foreach (JsonElement s in g.GetProperty("sources").EnumerateArray())
            {
                n++;
                string name = s.GetString()!;
                if (report.CitedSources.Any(c => c.Doc == doc && (NameMatcher.Same(c.Name, name) || NameMatcher.Same(c.Name, Regex.Replace(name, @"\s*\(.*\)", "")))))
                {
                    right++;
                }
                else
                {
                    misses.Add($"cited source {doc} '{name}' not found (got: {string.Join(", ", report.CitedSources.Where(c => c.Doc == doc).Select(c => c.Name).Distinct())})");
                }
            }
        }

        figures.Add(new Figure("cited sources: found for the right article", right, n, Share(n, 0.9)));
    }

    private static void ScoreEntities(JsonElement root, Report report, AliasSets aliases, List<Figure> figures, List<string> misses)
    {
        int resolved = 0;
        var entityOfSet = new Dictionary<string, HashSet<string>>();
        ILookup<string, ReportEntityMention> mentionsByDoc = report.EntityMentions.ToLookup(m => m.Doc, StringComparer.Ordinal);
        foreach ((string canonical, List<string> names) in aliases.Sets)
        {
            // Every stand-alone occurrence of an alias in a text must be covered by a mention of one and the same entity.
            var ids = new HashSet<string>();
            var unmapped = new List<string>();
            int occurrences = 0;
            foreach (ReportDocument doc in report.Documents)
            {
                foreach (string alias in names)
                {
                    foreach ((int start, int end) in StandAlone(doc.Text, alias, names))
                    {
                        var overlapping = mentionsByDoc[doc.File].Where(m => m.Start < end && start < m.End).ToList();
                        if (overlapping.Count > 0 && overlapping.All(m => m.Start <= start && end <= m.End && m.End - m.Start > end - start && !names.Contains(m.Text)))
                        {
                            continue; // part of another, longer name ("US" in "US Embassy")
                        }

                        occurrences++;
                        var owners = overlapping.Select(m => m.Entity).ToList();
                        if (owners.Count == 0)
                        {
                            unmapped.Add($"{alias} ({doc.File}@{start})");
                        }

                        ids.UnionWith(owners);
                    }
                }
            }

            entityOfSet[canonical] = ids;
            if (occurrences > 0 && unmapped.Count == 0 && ids.Count == 1)
            {
                resolved++;
            }
            else
            {
                string names2 = string.Join(", ", ids.Select(id => report.Entities.FirstOrDefault(e => e.Id == id)?.Name ?? id));
                misses.Add($"alias set '{canonical}': {ids.Count} entities ({names2}); occurrences without a mention: {string.Join(", ", unmapped.Take(8))}");
            }
        }

        figures.Add(new Figure("entities: alias sets resolved to one entity", resolved, aliases.Sets.Count, aliases.Sets.Count));

        // Sets whose names share a word must stay apart ("X" vs "X Branch").
        int pairs = 0, apart = 0;
        var keys = entityOfSet.Keys.ToList();
        for (int i = 0; i < keys.Count; i++)
        {
            for (int j = i + 1; j < keys.Count; j++)
            {
                if (!Words(aliases, keys[i]).Overlaps(Words(aliases, keys[j])))
                {
                    continue;
                }

                pairs++;
                if (entityOfSet[keys[i]].Count > 0 && entityOfSet[keys[j]].Count > 0 && !entityOfSet[keys[i]].Overlaps(entityOfSet[keys[j]]))
                {
                    apart++;
                }
                else
                {
                    misses.Add($"entities '{keys[i]}' and '{keys[j]}' merged or not found");
                }
            }
        }

        figures.Add(new Figure("entities: sets sharing a word kept apart", apart, pairs, pairs));
    }

    private static HashSet<string> Words(AliasSets aliases, string canonical) =>
        [.. aliases.Sets.First(s => s.Canonical == canonical).Names.Prepend(canonical).SelectMany(NameMatcher.ContentWords)];

    /// <summary>Occurrences of <paramref name="alias"/> as a whole name, not inside a longer alias of its set.</summary>
    private static IEnumerable<(int Start, int End)> StandAlone(string text, string alias, List<string> names)
    {
        foreach (Match m in Regex.Matches(text, $@"(?<![\w.]){Regex.Escape(alias)}(?![\w])"))
        {
            bool inLonger = names.Any(longer => longer.Length > alias.Length && Covers(text, longer, m.Index, m.Length));
            if (!inLonger)
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    private static bool Covers(string text, string longer, int index, int length)
    {
        for (int from = Math.Max(0, index + length - longer.Length); from <= index && from + longer.Length <= text.Length; from++)
        {
            if (string.CompareOrdinal(text, from, longer, 0, longer.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End)? Locate(Dictionary<string, ReportDocument> docs, string doc, string contains)
    {
        if (!docs.TryGetValue(doc, out ReportDocument? d))
        {
            return null;
        }

        int i = d.Text.IndexOf(contains, StringComparison.Ordinal);
        return i < 0 ? null : (i, i + contains.Length);
    }

    private static int Share(int n, double share) => (int)Math.Ceiling(n * share - 1e-9);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool SameText(string? a, string? b) =>
        a is not null && b is not null && NameMatcher.Normalize(a) == NameMatcher.Normalize(b);

    /// <summary>Lower case, straight quote marks, single spaces, "…" as "...".</summary>
    public static string NormQuote(string text)
    {
        string t = text.Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'').Replace("…", "...", StringComparison.Ordinal);
        return string.Join(' ', t.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [GeneratedRegex("“([^”]+)”")]
    private static partial Regex ScareTerms();
}
