using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Numbers;

/// <summary>
/// Finds the counts of each sentence (<see cref="QuantityRecognizer"/>), says what each counts
/// (<see cref="MeasureClassifier"/>), whether it belongs to the main event or another one
/// (<see cref="EventAnchor"/>), whose figure it is (<see cref="HolderFinder"/>) and as of when.
/// Years, dates, times, ordinals, ages and labels are not counts and are left out; money is measured in its
/// currency ("money_usd"), a count no cue classifies by its head noun ("soldiers"); percentages keep no measure. Uses the quotes, dates, cited sources and entities found earlier when there are any.
/// </summary>
public sealed partial class NumberExtractor : IExtractor
{
    public string Name => "numbers";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        string text = document.Text;
        MeasureLexicon lexicon = MeasureLexicon.Default;
        var perSentence = new IReadOnlyList<Quantity>[document.Sentences.Count];
        int? latestYear = null;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            perSentence[i] = QuantityRecognizer.Recognize(text, document.Sentences[i].Span);
            foreach (Quantity q in perSentence[i])
            {
                if (q.Kind is QuantityKind.Year && q.Value <= 2100)
                {
                    latestYear = Math.Max(latestYear ?? 0, (int)q.Value);
                }
            }
        }

        foreach (DateMention d in findings.Dates)
        {
            if (d.Value is { } v)
            {
                latestYear = Math.Max(latestYear ?? 0, v.Year);
            }
        }

        int? referenceYear = document.Document.ReferenceDate?.Year;
        var numbers = new List<NumberMention>();
        (string Measure, int Sentence)? lastCasualty = null;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            Sentence sentence = document.Sentences[i];
            NumberMention? previous = null;
            foreach (Quantity q in perSentence[i])
            {
                if (!q.IsAmount || q.Kind == QuantityKind.Measurement && q.UnitKind == "duration")
                {
                    continue;
                }

                string? measure = null;
                bool cued = false;
                if (q.Kind == QuantityKind.Money)
                {
                    measure = MoneyMeasure(q.Unit);
                }
                else if (q.Kind == QuantityKind.Count)
                {
                    (measure, MeasureRole? role) = MeasureClassifier.Classify(sentence, q, lexicon);
                    measure = role == MeasureRole.Noun || measure is null ? Including(text, previous, q) ?? measure : measure;
                    measure ??= Coordinated(text, previous, q);
                    measure ??= Anaphoric(text, q, lastCasualty, i);
                    bool repeated = RepeatedEvent(text, q);
                    measure = repeated ? null : measure;
                    cued = measure is not null;
                    if (measure is null && IsLoneOne(text, q))
                    {
                        continue;
                    }

                    // Nothing says what happened to them: the count counts its head noun ("400 soldiers").
                    measure ??= repeated ? null : HeadNoun.Of(sentence, q);
                }

                (bool isMain, string? evt) = EventAnchor.Resolve(text, sentence, q, perSentence[i], referenceYear, latestYear);
                (string? holder, bool quoted) = HolderFinder.Find(document, sentence, q.Span, findings);
                (PartialDate? asOf, bool asOfInferred) = quoted ? (null, false) : AsOf(document.Document, sentence, q, findings, isMain);
                var mention = new NumberMention(
                    document.Id, q.Span, q.Text, q.Value, q.Qualifier, measure, isMain, evt, holder, asOf, asOfInferred, q.IsVague)
                {
                    ValueHigh = q.High,
                };
                numbers.Add(mention);
                previous = cued ? mention : previous;
                if (measure is "killed" or "injured")
                {
                    lastCasualty = (measure, i);
                }
            }
        }

        return findings with { Numbers = [.. findings.Numbers, .. numbers] };
    }

    /// <summary>Money is counted in its currency: "money_usd", "money_gbp"; sums in two currencies are not compared.</summary>
    private static string MoneyMeasure(string? unit) => unit is null ? "money" : "money_" + unit.ToLowerInvariant();

    // "killed 13 soldiers and dozens of civilians": a bare count joined by "and" takes the measure before it.
    private static string? Coordinated(string text, NumberMention? previous, Quantity q)
    {
        if (previous is null || previous.Span.End > q.Span.Start)
        {
            return null;
        }

        string between = text[previous.Span.End..q.Span.Start].Trim();
        int words = between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 5 && (between.EndsWith(" and", StringComparison.Ordinal) || between == "and" || between.EndsWith(',')) ? previous.Measure : null;
    }

    // "was arrested five times": a count of occasions, not of people.
    private static bool RepeatedEvent(string text, Quantity q) =>
        NextWordRegex().Match(text, q.Span.End, Math.Min(10, text.Length - q.Span.End)) is { Success: true } m
        && m.Groups[1].Value.Equals("times", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> VictimNouns = new(StringComparer.OrdinalIgnoreCase) { "victims", "casualties" };

    private static readonly HashSet<string> PeopleNouns = new(StringComparer.OrdinalIgnoreCase) { "people", "persons", "individuals", "victims", "casualties", "dead" };

    /// <summary>
    /// "Six people were killed. The other five victims have not been named.": a count of victims (or "the other N
    /// people") with no verb of its own takes the casualty measure of a count in the same or the previous sentence.
    /// </summary>
    private static string? Anaphoric(string text, Quantity q, (string Measure, int Sentence)? antecedent, int sentence)
    {
        if (antecedent is not { } a || sentence - a.Sentence > 1 || q.IsRange)
        {
            return null;
        }

        Match next = NextWordRegex().Match(text, q.Span.End, Math.Min(24, text.Length - q.Span.End));
        if (!next.Success)
        {
            return null;
        }

        string noun = next.Groups[1].Value;
        bool other = OtherBeforeRegex().IsMatch(text.AsSpan(Math.Max(0, q.Span.Start - 12), Math.Min(12, q.Span.Start)));
        return VictimNouns.Contains(noun) || (other && PeopleNouns.Contains(noun)) ? a.Measure : null;
    }

    [GeneratedRegex(@"\G\s+(\p{L}+)")]
    private static partial Regex NextWordRegex();

    [GeneratedRegex(@"\b(?:other|remaining)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherBeforeRegex();

    // "detained eleven people, including four gunmen": the part takes the measure of the whole, not of its noun.
    private static string? Including(string text, NumberMention? previous, Quantity q)
    {
        if (previous is null || previous.Span.End > q.Span.Start || q.Span.Start - previous.Span.End > 40)
        {
            return null;
        }

        string between = text[previous.Span.End..q.Span.Start].TrimEnd();
        return between.EndsWith(", including", StringComparison.OrdinalIgnoreCase) || between.EndsWith(", among them", StringComparison.OrdinalIgnoreCase)
            ? previous.Measure : null;
    }

    private static readonly string[] CountAnchors = ["as of", "as at", "by", "until", "through", "till"];

    private static bool AnchorsCount(string text, int dateStart)
    {
        int from = Math.Max(0, dateStart - 8);
        string before = text[from..dateStart].TrimEnd().ToLowerInvariant();
        return CountAnchors.Any(a => before.EndsWith(a, StringComparison.Ordinal) && (before.Length == a.Length || !char.IsLetter(before[^(a.Length + 1)])));
    }

    // "one of the", "a hundred reasons": a lone "one" (or "a …") with nothing counted is not worth reporting.
    private static bool IsLoneOne(string text, Quantity q) =>
        q.NumberSpan.Slice(text).ToLowerInvariant() is "one" or "zero" || q.Kind == QuantityKind.Count && q.IsVague is false && q.Value < 2 && !char.IsAsciiDigit(text[q.NumberSpan.Start]);

    /// <summary>
    /// When the figure was current. For another event, the date the sentence gives it ("in 2004 … 334 lives").
    /// For the main event, a date in the sentence says when the event happened, not when it was counted, unless
    /// the text anchors the count to it ("As of Saturday afternoon, the toll stood at 133", "by Monday"): otherwise
    /// the count is as of the document's reference date.
    /// </summary>
    private static (PartialDate? AsOf, bool Inferred) AsOf(Document document, Sentence sentence, Quantity q, DocumentFindings findings, bool isMain)
    {
        DateMention? best = null;
        foreach (DateMention d in findings.Dates)
        {
            if (d.Value is not null && sentence.Span.Contains(d.Span) && d.Span.End <= q.Span.Start
                && (!isMain || AnchorsCount(document.Text, d.Span.Start)))
            {
                best = d;
            }
        }

        return best is not null ? (best.Value, best.Inferred) : (document.ReferenceDate, document.ReferenceDate is not null && document.ReferenceInferred);
    }
}
