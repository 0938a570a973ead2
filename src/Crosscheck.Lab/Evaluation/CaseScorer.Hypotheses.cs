using System.Text.Json;
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
/// The hypothesis figures: each gold hypothesis is matched to the found hypothesis that names the same agent
/// (an agent name or alias of the report's entity index, as whole words of the gold text), the false-flag
/// hypothesis when the gold text says "false flag", or for a cause the one sharing its cause words.
/// </summary>
public static partial class CaseScorer
{
    private static readonly HashSet<string> GenericWords = ["attack", "carried", "happen", "event", "operation", "involved", "complicit"];

    private static void ScoreHypotheses(JsonElement root, Report report, Dictionary<string, ReportDocument> docs, AliasSets aliases, List<Figure> figures, List<string> misses)
    {
        if (!root.TryGetProperty("hypotheses", out JsonElement goldHypotheses))
        {
            return;
        }

        var matched = new Dictionary<string, ReportHypothesis?>(StringComparer.Ordinal);
        foreach (JsonElement h in goldHypotheses.EnumerateArray())
        {
            ReportHypothesis? m = MatchHypothesis(Str(h, "text")!, report);
            matched[Str(h, "id")!] = m;
            if (m is null)
            {
                misses.Add($"hypotheses: no found hypothesis for '{Str(h, "text")}'");
            }
        }

        ScoreAuthorStances(root, report, matched, figures, misses);
        ScoreReportedStances(root, report, matched, aliases, figures, misses);
        ScoreEvidenceStatus(root, report, docs, figures, misses);
    }

    private static void ScoreAuthorStances(JsonElement root, Report report, Dictionary<string, ReportHypothesis?> matched, List<Figure> figures, List<string> misses)
    {
        int n = 0, right = 0;
        foreach (JsonElement row in root.GetProperty("author_stances").EnumerateArray())
        {
            string doc = Str(row, "doc")!;
            foreach ((string id, ReportHypothesis? h) in matched)
            {
                if (Str(row, id) is not { } want)
                {
                    continue;
                }

                n++;
                string got = h is null ? "absent"
                    : report.Stances.FirstOrDefault(s => s.Doc == doc && s.Holder is null && s.Hypothesis == h.Id)?.Stance ?? "absent";
                if (got == want)
                {
                    right++;
                }
                else
                {
                    misses.Add($"hypotheses: author stance {doc} {id}: got {got}, want {want}");
                }
            }
        }

        figures.Add(new Figure("hypotheses: author stances right", right, n, Share(n, 0.88)));
    }

    private static void ScoreReportedStances(JsonElement root, Report report, Dictionary<string, ReportHypothesis?> matched, AliasSets aliases, List<Figure> figures, List<string> misses)
    {
        int n = 0, found = 0;
        foreach (JsonElement g in root.GetProperty("reported_stances").EnumerateArray())
        {
            n++;
            string doc = Str(g, "doc")!, holder = Str(g, "holder")!, id = Str(g, "hypothesis")!, want = Str(g, "stance")!;
            ReportHypothesis? h = matched.GetValueOrDefault(id);
            var candidates = h is null ? [] : report.Stances.Where(s => s.Doc == doc && s.Holder is not null && s.Hypothesis == h.Id && SameHolder(report, aliases, s.Holder, holder)).ToList();
            if (candidates.Any(s => s.Stance == want))
            {
                found++;
            }
            else
            {
                misses.Add($"hypotheses: reported stance {doc} {holder} → {id} {want}: got {(candidates.Count == 0 ? "(none)" : string.Join(", ", candidates.Select(s => s.Stance)))}");
            }
        }

        figures.Add(new Figure("hypotheses: reported stances found", found, n, Share(n, 0.83)));
    }

    private static void ScoreEvidenceStatus(JsonElement root, Report report, Dictionary<string, ReportDocument> docs, List<Figure> figures, List<string> misses)
    {
        int n = 0, attached = 0;
        foreach (JsonElement g in root.GetProperty("evidence_status").EnumerateArray())
        {
            n++;
            string doc = Str(g, "doc")!, contains = Str(g, "contains")!;
            string want = Str(g, "status")!.Split('(')[0].Trim();
            var about = report.Hypotheses.Where(h => HypothesisNames(report, h).Any(name => NamedIn(name, Str(g, "about") ?? ""))).Select(h => h.Id).ToHashSet();
            bool ok = Locate(docs, doc, contains) is { } span && report.Stances.Any(s => s.Doc == doc
                && s.EvidenceStatus == want
                && (about.Count == 0 || about.Contains(s.Hypothesis))
                && s.Evidence.Any(e => e.Start < span.End && span.Start < e.End));
            if (ok)
            {
                attached++;
            }
            else
            {
                misses.Add($"hypotheses: evidence status {doc} '{contains}' ({want}) not attached to a stance on it");
            }
        }

        figures.Add(new Figure("hypotheses: evidence status attached", attached, n, n));
    }

    private static ReportHypothesis? MatchHypothesis(string goldText, Report report)
    {
        if (goldText.Contains("false flag", StringComparison.OrdinalIgnoreCase))
        {
            return report.Hypotheses.FirstOrDefault(h => h.Kind == "false_flag");
        }

        ReportHypothesis? byAgent = report.Hypotheses.Where(h => h.Kind != "false_flag")
            .Select(h => (Hypothesis: h, Length: HypothesisNames(report, h).Where(name => ContainsWords(goldText, name)).Select(name => name.Length).DefaultIfEmpty(0).Max()))
            .Where(x => x.Length > 0).OrderByDescending(x => x.Length).Select(x => x.Hypothesis).FirstOrDefault();
        if (byAgent is not null)
        {
            return byAgent;
        }

        string[] gold = [.. NameMatcher.ContentWords(goldText).Where(w => w.Length >= 5 && !GenericWords.Contains(w)).Select(Stem)];
        return report.Hypotheses.Where(h => h.Kind == "cause")
            .Select(h => (Hypothesis: h, Overlap: NameMatcher.ContentWords(h.Agent ?? h.Text).Select(Stem).Count(gold.Contains)))
            .Where(x => x.Overlap > 0).OrderByDescending(x => x.Overlap).Select(x => x.Hypothesis).FirstOrDefault();
    }

    /// <summary>The agent of a hypothesis and its aliases in the report's entity index.</summary>
    private static IEnumerable<string> HypothesisNames(Report report, ReportHypothesis h)
    {
        if (h.Agent is null)
        {
            return [];
        }

        ReportEntity? e = report.Entities.FirstOrDefault(x => x.Name == h.Agent);
        return e is null ? [h.Agent] : e.Aliases.Append(e.Name).Distinct();
    }

    private static bool SameHolder(Report report, AliasSets aliases, string found, string wanted)
    {
        if (aliases.Same(found, wanted))
        {
            return true;
        }

        ReportEntity? e = report.Entities.FirstOrDefault(x => x.Name == found);
        return e is not null && e.Aliases.Any(a => NameMatcher.Same(a, wanted));
    }

    private static bool ContainsWords(string text, string name)
    {
        string n = NameMatcher.Normalize(name);
        return n.Length > 0 && $" {NameMatcher.Normalize(text)} ".Contains($" {n} ", StringComparison.Ordinal);
    }

    /// <summary>All words of the name begin (in their first six letters) some word of the text's words: "Peru" in "Peruvian involvement".</summary>
    private static bool NamedIn(string name, string text)
    {
        string[] words = NameMatcher.ContentWords(text);
        string[] parts = NameMatcher.ContentWords(name);
        return parts.Length > 0 && parts.All(p => words.Any(w => w.StartsWith(Stem(p), StringComparison.Ordinal)));
    }

    private static string Stem(string word) => word.Length > 6 ? word[..6] : word;
}
