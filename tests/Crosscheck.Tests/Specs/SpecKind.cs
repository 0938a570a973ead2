using System.Globalization;
using Crosscheck.Model;

namespace Crosscheck.Tests.Specs;

/// <summary>
/// One finding kind as the spec files write it: which findings it takes from a document, how one is written
/// compactly (<see cref="Render"/>, used in failure messages), and how an expected line is read into a test.
/// An expected line is a head (the part that names the finding) and fields separated by " | "; only the fields
/// written are compared.
/// </summary>
internal abstract class SpecKind
{
    private static readonly Dictionary<string, SpecKind> Kinds = new(StringComparer.Ordinal)
    {
        ["quotes"] = new QuoteSpec(),
        ["numbers"] = new NumberSpec(),
        ["dates"] = new DateSpec(),
        ["sources"] = new SourceSpec(),
        ["entities"] = new EntitySpec(),
        ["hypotheses"] = new HypothesisSpec(),
    };

    public static SpecKind For(string kind) =>
        Kinds.TryGetValue(kind, out SpecKind? k) ? k : throw new InvalidOperationException($"no spec kind \"{kind}\" (known: {string.Join(", ", Kinds.Keys)})");

    /// <summary>True when the kind needs the set analyzers (hypotheses); the others run the extractors alone.</summary>
    public virtual bool NeedsSetAnalyzers => false;

    public IReadOnlyList<object> Findings(AnalysisResult result) => Findings(result, result.Findings.Single());

    protected abstract IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings);

    public abstract string Render(object finding);

    /// <summary>Reads an expected line into a test of one finding; throws <see cref="FormatException"/> when it cannot.</summary>
    public abstract Func<object, bool> Matcher(string expected);

    protected static string[] Fields(string text) => [.. text.Split(" | ").Select(f => f.Trim())];

    /// <summary>Splits "key: value"; key null for a bare field.</summary>
    protected static (string? Key, string Value) KeyValue(string field)
    {
        int colon = field.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && field[..colon].All(c => char.IsLetter(c) || c == ' ') ? (field[..colon], field[(colon + 2)..].Trim()) : (null, field);
    }

    /// <summary>"none" stands for a missing value.</summary>
    protected static string? NoneIsNull(string value) => value == "none" ? null : value;

    /// <summary>Reads a date written as yyyy, yyyy-mm or yyyy-mm-dd; "?" or "none" for no date.</summary>
    protected static PartialDate? ParseDate(string value) =>
        value is "?" or "none" ? null
        : PartialDate.TryParse(value, out PartialDate d) ? d
        : throw new FormatException($"\"{value}\" is not a date (yyyy, yyyy-mm or yyyy-mm-dd, or ? for none)");

    /// <summary>A finding's text compared with an expected one: outer spaces, quote marks and end punctuation aside.</summary>
    protected static string Loose(string text) => text.Trim().Trim('"', '“', '”', '\'', '‘', '’').TrimEnd(',', '.', ';', ':', ' ').Trim();

    private sealed class QuoteSpec : SpecKind
    {
        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings) => findings.Quotes;

        public override string Render(object finding)
        {
            var q = (Quote)finding;
            return $"\"{q.Text}\" — speaker: {q.Speaker ?? "none"} | cue: {q.Cue ?? "none"} | kind: {q.Kind.ToString().ToLowerInvariant()}";
        }

        // "quoted text" — speaker: Name | cue: said | kind: direct
        public override Func<object, bool> Matcher(string expected)
        {
            if (!expected.StartsWith('"'))
            {
                throw new FormatException("a quote starts with its text in double quotes");
            }

            int dash = expected.IndexOf("\" — ", StringComparison.Ordinal);
            int close = dash >= 0 ? dash : expected.LastIndexOf('"');
            if (close <= 0)
            {
                throw new FormatException("the quoted text has no closing double quote");
            }

            string text = Loose(expected[1..close]);
            var tests = new List<Func<Quote, bool>> { q => Loose(q.Text) == text };
            string rest = expected[(close + 1)..].Trim();
            if (rest.Length > 0)
            {
                if (!rest.StartsWith('—'))
                {
                    throw new FormatException("the fields follow the quote after \" — \"");
                }

                foreach (string field in Fields(rest[1..]))
                {
                    (string? key, string value) = KeyValue(field);
                    string? v = NoneIsNull(value);
                    tests.Add(key switch
                    {
                        "speaker" => q => q.Speaker == v,
                        "cue" => q => q.Cue == v,
                        "kind" => Enum.TryParse(value, ignoreCase: true, out QuoteKind kind) ? q => q.Kind == kind : throw new FormatException($"unknown quote kind \"{value}\""),
                        _ => throw new FormatException($"unknown field \"{field}\" (speaker, cue, kind)"),
                    });
                }
            }

            return f => f is Quote q && tests.All(t => t(q));
        }
    }

    private sealed class NumberSpec : SpecKind
    {
        private static readonly (string Words, Qualifier Qualifier)[] Qualifiers =
        [
            ("at least", Qualifier.AtLeast), ("more than", Qualifier.MoreThan), ("at most", Qualifier.AtMost),
            ("fewer than", Qualifier.FewerThan), ("about", Qualifier.About), ("nearly", Qualifier.Nearly), ("up to", Qualifier.UpTo),
        ];

        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings) => findings.Numbers;

        public override string Render(object finding)
        {
            var n = (NumberMention)finding;
            string qualifier = Qualifiers.Where(q => q.Qualifier == n.Qualifier).Select(q => q.Words + " ").FirstOrDefault() ?? "";
            string value = Format(n.Value) + (n.ValueHigh is { } high ? "-" + Format(high) : "");
            string evt = n.IsMainEvent ? "main event" : n.Event is { } e ? $"event: {e}" : "other event";
            string asOf = n.AsOf is { } d ? d + (n.AsOfInferred ? " (inferred)" : "") : "none";
            return $"{qualifier}{value} | {n.Measure ?? "measure: none"} | {evt} | holder: {n.Holder ?? "none"} | as of: {asOf}{(n.IsVague ? " | vague" : "")} | text: {n.Text}";
        }

        // at least 40 | killed | main event | holder: police | as of: 2025-03-04 | vague | text: dozens
        public override Func<object, bool> Matcher(string expected)
        {
            string[] fields = Fields(expected);
            string head = fields[0];
            Qualifier qualifier = Qualifier.Exact;
            foreach ((string words, Qualifier q) in Qualifiers)
            {
                if (head.StartsWith(words + " ", StringComparison.Ordinal))
                {
                    (qualifier, head) = (q, head[(words.Length + 1)..].Trim());
                    break;
                }
            }

            string[] range = head.Split(['-', '–'], 2);
            double value = Number(range[0]);
            double? high = range.Length == 2 ? Number(range[1]) : null;
            var tests = new List<Func<NumberMention, bool>> { n => n.Value == value && n.ValueHigh == high && n.Qualifier == qualifier };
            foreach (string field in fields.Skip(1))
            {
                (string? key, string v) = KeyValue(field);
                string? value2 = NoneIsNull(v);
                tests.Add((key, field) switch
                {
                    (null, "main event") => n => n.IsMainEvent,
                    (null, "other event") => n => !n.IsMainEvent,
                    (null, "vague") => n => n.IsVague,
                    (null, "not vague") => n => !n.IsVague,
                    (null, _) => n => n.Measure == field,
                    ("measure", _) => n => n.Measure == value2,
                    ("event", _) => n => !n.IsMainEvent && n.Event == value2,
                    ("holder", _) => n => n.Holder == value2,
                    ("as of", _) => AsOf(v),
                    ("text", _) => n => n.Text == v,
                    _ => throw new FormatException($"unknown field \"{field}\" (measure, main event, other event, event, holder, as of, vague, not vague, text)"),
                });
            }

            return f => f is NumberMention n && tests.All(t => t(n));
        }

        private static Func<NumberMention, bool> AsOf(string value)
        {
            bool inferred = value.EndsWith("(inferred)", StringComparison.Ordinal);
            PartialDate? date = ParseDate(value.Replace("(inferred)", "", StringComparison.Ordinal).Trim());
            return inferred ? n => n.AsOf == date && n.AsOfInferred : n => n.AsOf == date;
        }

        private static double Number(string text) =>
            double.TryParse(text.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                ? v
                : throw new FormatException($"\"{text}\" is not a number");

        private static string Format(double v) => v.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    private sealed class DateSpec : SpecKind
    {
        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings) => findings.Dates;

        public override string Render(object finding)
        {
            var d = (DateMention)finding;
            return $"{d.Text} → {d.Value?.ToString() ?? "?"} | {d.Kind.ToString().ToLowerInvariant()}{(d.Inferred ? " | inferred" : "")} | event: {d.Event ?? "none"}";
        }

        // last Tuesday → 2025-03-04 | relative | inferred | event: the council met
        public override Func<object, bool> Matcher(string expected)
        {
            string[] fields = Fields(expected);
            string[] head = fields[0].Split('→', 2);
            string text = head[0].Trim();
            var tests = new List<Func<DateMention, bool>> { d => d.Text == text };
            if (head.Length == 2)
            {
                PartialDate? value = ParseDate(head[1].Trim());
                tests.Add(d => d.Value == value);
            }

            foreach (string field in fields.Skip(1))
            {
                (string? key, string v) = KeyValue(field);
                tests.Add((key, field) switch
                {
                    (null, "inferred") => d => d.Inferred,
                    (null, "not inferred") => d => !d.Inferred,
                    (null, _) when Enum.TryParse(field, ignoreCase: true, out DateKind kind) => d => d.Kind == kind,
                    ("event", _) => d => d.Event == NoneIsNull(v),
                    _ => throw new FormatException($"unknown field \"{field}\" (absolute, partial, relative, inferred, not inferred, event)"),
                });
            }

            return f => f is DateMention d && tests.All(t => t(d));
        }
    }

    private sealed class SourceSpec : SpecKind
    {
        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings) => findings.CitedSources;

        public override string Render(object finding)
        {
            var s = (CitedSource)finding;
            return $"{s.Name} ({s.Kind.ToString().ToLowerInvariant()}) | cue: {s.Cue}";
        }

        // Reuters (agency) | cue: according to
        public override Func<object, bool> Matcher(string expected)
        {
            string[] fields = Fields(expected);
            (string name, string? kindText) = NameAndParenthesis(fields[0]);
            var tests = new List<Func<CitedSource, bool>>();
            if (kindText is not null && Enum.TryParse(kindText, ignoreCase: true, out CitedSourceKind kind))
            {
                tests.Add(s => s.Kind == kind);
            }
            else
            {
                name = fields[0].Trim();   // "Office of Rural Affairs (ORA)": the parenthesis is part of the name
            }

            tests.Add(s => s.Name == name);

            foreach (string field in fields.Skip(1))
            {
                (string? key, string v) = KeyValue(field);
                tests.Add(key == "cue" ? s => s.Cue == v : throw new FormatException($"unknown field \"{field}\" (cue)"));
            }

            return f => f is CitedSource s && tests.All(t => t(s));
        }
    }

    private sealed class EntitySpec : SpecKind
    {
        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings) => findings.Entities;

        public override string Render(object finding)
        {
            var m = (EntityMention)finding;
            return $"{m.Text} ({m.Type.ToString().ToLowerInvariant()}) → {m.Canonical}";
        }

        // Voss (person) → Mara Voss
        public override Func<object, bool> Matcher(string expected)
        {
            string[] head = expected.Split('→', 2);
            (string text, string? typeText) = NameAndParenthesis(head[0].Trim());
            var tests = new List<Func<EntityMention, bool>>();
            if (typeText is not null && Enum.TryParse(typeText, ignoreCase: true, out EntityType type))
            {
                tests.Add(m => m.Type == type);
            }
            else
            {
                text = head[0].Trim();   // a parenthesis that is no type is part of the name
            }

            tests.Add(m => m.Text == text);

            if (head.Length == 2)
            {
                string canonical = head[1].Trim();
                tests.Add(m => m.Canonical == canonical);
            }

            return f => f is EntityMention m && tests.All(t => t(m));
        }
    }

    private sealed class HypothesisSpec : SpecKind
    {
        private static readonly (string Words, HypothesisKind Kind)[] KindWords =
        [
            ("responsibility", HypothesisKind.Responsibility), ("cause", HypothesisKind.Cause), ("false flag", HypothesisKind.FalseFlag),
            ("claim", HypothesisKind.Claim), ("counterclaim", HypothesisKind.Counterclaim), ("user", HypothesisKind.User),
        ];

        public override bool NeedsSetAnalyzers => true;

        /// <summary>A stance with its hypothesis, so that it can be written and matched by the hypothesis's kind and agent.</summary>
        private sealed record StanceOn(HypothesisStance Stance, Hypothesis Hypothesis);

        protected override IReadOnlyList<object> Findings(AnalysisResult result, DocumentFindings findings)
        {
            Dictionary<string, Hypothesis> byId = result.Set.Hypotheses.ToDictionary(h => h.Id, StringComparer.Ordinal);
            return [.. result.Set.Hypotheses, .. result.Set.Stances.Where(s => byId.ContainsKey(s.HypothesisId)).Select(s => new StanceOn(s, byId[s.HypothesisId]))];
        }

        public override string Render(object finding) => finding switch
        {
            Hypothesis h => Name(h),
            StanceOn { Stance: var s, Hypothesis: var h } =>
                $"{s.Holder ?? "author"} → {Name(h)} = {s.Stance.ToString().ToLowerInvariant()}{(s.SelfInterested ? " | self-interested" : "")}{(s.EvidenceStatus is { } e ? $" | evidence: {e}" : "")}",
            _ => finding.ToString() ?? "",
        };

        private static string Name(Hypothesis h) =>
            $"{KindWords.First(k => k.Kind == h.Kind).Words}: {h.Agent ?? "\"" + h.Text + "\""}";

        // responsibility: Red Hand                          (a hypothesis, by kind and agent — or "text" for one without an agent)
        // Red Hand → responsibility: Red Hand = supports | self-interested | evidence: no evidence shown
        public override Func<object, bool> Matcher(string expected)
        {
            string[] fields = Fields(expected);
            string head = fields[0];
            int arrow = head.IndexOf('→', StringComparison.Ordinal);
            if (arrow < 0)
            {
                if (fields.Length > 1)
                {
                    throw new FormatException("a hypothesis has no fields; a stance is written \"holder → kind: agent = stance\"");
                }

                Func<Hypothesis, bool> hypothesis = HypothesisTest(head);
                return f => f is Hypothesis h && hypothesis(h);
            }

            string holder = head[..arrow].Trim();
            string[] rest = head[(arrow + 1)..].Split(" = ", 2);
            if (rest.Length != 2)
            {
                throw new FormatException("a stance is written \"holder → kind: agent = supports|rejects|reports|absent\"");
            }

            Func<Hypothesis, bool> of = HypothesisTest(rest[0].Trim());
            StanceKind stance = Enum.TryParse(rest[1].Trim(), ignoreCase: true, out StanceKind k) ? k : throw new FormatException($"unknown stance \"{rest[1].Trim()}\" (supports, rejects, reports, absent)");
            string? holderName = holder == "author" ? null : holder;
            var tests = new List<Func<HypothesisStance, bool>> { s => s.Holder == holderName && s.Stance == stance };
            foreach (string field in fields.Skip(1))
            {
                (string? key, string v) = KeyValue(field);
                tests.Add((key, field) switch
                {
                    (null, "self-interested") => s => s.SelfInterested,
                    (null, "not self-interested") => s => !s.SelfInterested,
                    ("evidence", _) => s => s.EvidenceStatus == NoneIsNull(v),
                    _ => throw new FormatException($"unknown field \"{field}\" (self-interested, not self-interested, evidence)"),
                });
            }

            return f => f is StanceOn on && of(on.Hypothesis) && tests.All(t => t(on.Stance));
        }

        /// <summary>"responsibility: Red Hand" — the kind, and the agent (or the text in double quotes, compared loosely).</summary>
        private static Func<Hypothesis, bool> HypothesisTest(string text)
        {
            int colon = text.IndexOf(": ", StringComparison.Ordinal);
            string kindWords = colon > 0 ? text[..colon].Trim() : text.Trim();
            HypothesisKind kind = KindWords.Where(k => k.Words == kindWords).Select(k => (HypothesisKind?)k.Kind).FirstOrDefault()
                ?? throw new FormatException($"unknown hypothesis kind \"{kindWords}\" ({string.Join(", ", KindWords.Select(k => k.Words))})");
            if (colon < 0)
            {
                return h => h.Kind == kind;
            }

            string name = text[(colon + 2)..].Trim();
            if (name.StartsWith('"'))
            {
                string words = Loose(name);
                return h => h.Kind == kind && Loose(h.Text) == words;
            }

            return h => h.Kind == kind && h.Agent == name;
        }
    }

    /// <summary>"Name (kind)" → ("Name", "kind"); a name without a final parenthesis has no kind.</summary>
    private static (string Name, string? Paren) NameAndParenthesis(string text)
    {
        int open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return text.EndsWith(')') && open > 0 ? (text[..open].Trim(), text[(open + 2)..^1].Trim()) : (text.Trim(), null);
    }
}
