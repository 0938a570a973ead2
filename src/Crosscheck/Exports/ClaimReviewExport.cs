using System.Globalization;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Exports;

/// <summary>
/// schema.org ClaimReview (JSON-LD, a list of reviews): one per hypothesis (claims and counterclaims included) and one
/// per claim given with --claim. Each article that takes a stance is an appearance of the claim, with that stance in
/// words; the rating counts the stances ("Supported by 3 of 5 sources, rejected by 1") and never rates truth.
/// </summary>
public static class ClaimReviewExport
{
    private const int EvidenceLength = 200;

    private static readonly OrganizationLd Crosscheck = new("Crosscheck");

    public static string Write(ExportCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        List<ClaimReviewLd> reviews = [.. c.Report.Hypotheses.Select(h => Hypothesis(c, h))];
        reviews.AddRange(c.Report.ClaimStances.GroupBy(s => s.Claim, StringComparer.Ordinal).Select(g => Claim(c, g.Key, [.. g])));
        return ExportJsonContext.Indented<IReadOnlyList<ClaimReviewLd>>(reviews, j => j.IReadOnlyListClaimReviewLd);
    }

    private static ClaimReviewLd Hypothesis(ExportCase c, ReportHypothesis h)
    {
        var stances = c.Report.Stances.Where(s => s.Hypothesis == h.Id && s.Stance != "absent").ToList();
        var own = stances.Where(s => s.Holder is null).DistinctBy(s => s.Doc).ToList();
        var others = stances.Where(s => s.Holder is not null).ToList();
        string rating = Counted(c.Report.Documents.Count, Count(own, "supports"), Count(own, "rejects"), Count(own, "reports"),
            ("Supported by", "rejected by", "reported without taking a side by"));
        string explanation = $"Crosscheck does not rate truth: it counts where the articles stand. {rating}.";
        if (others.Count > 0)
        {
            explanation += $" Of the people and bodies the articles quote or cite, {Holders(others)}.";
        }

        if (c.Report.Ach?.Scores.FirstOrDefault(s => s.Hypothesis == h.Id) is { } ach)
        {
            explanation += $" In the analysis of competing hypotheses, {ach.Consistent} items of evidence are consistent with it and {ach.Inconsistent} inconsistent.";
        }

        List<CreativeWorkLd> appearances = [.. stances.GroupBy(s => s.Doc, StringComparer.Ordinal)
            .Where(g => c.Document(g.Key) is not null)
            .Select(g => Appearance(c, g.Key, g.FirstOrDefault(s => s.Holder is null)?.Evidence.FirstOrDefault(), "stance", StanceWords(g)))];
        return new ClaimReviewLd(h.Text, new RatingLd(rating, explanation), new ClaimLd(appearances), Crosscheck, c.Links.Hypotheses, c.Generated);
    }

    private static ClaimReviewLd Claim(ExportCase c, string claim, IReadOnlyList<ReportClaimStance> stances)
    {
        var taken = stances.Where(s => s.Stance != "unrelated").DistinctBy(s => s.Doc).ToList();
        string rating = Counted(c.Report.Documents.Count, taken.Count(s => s.Stance == "agree"), taken.Count(s => s.Stance == "disagree"), taken.Count(s => s.Stance == "discuss"),
            ("Agreed with by", "disputed by", "discussed without taking a side by"));
        string explanation = $"Crosscheck does not rate truth: its stance model reads each article against the claim. {rating}.";
        List<CreativeWorkLd> appearances = [.. taken.Where(s => c.Document(s.Doc) is not null).Select(s => Appearance(c, s.Doc, null, "stance",
            string.Create(CultureInfo.InvariantCulture, $"The stance model reads: {s.Stance} ({s.Confidence:0.00}).")
            + (s.Evidence.FirstOrDefault() is { } e ? $" {Quoted(e.Text)}" : string.Empty)))];
        return new ClaimReviewLd(claim, new RatingLd(rating, explanation), new ClaimLd(appearances), Crosscheck, c.Links.Hypotheses, c.Generated);
    }

    /// <summary>"Supported by 3 of 5 sources, rejected by 1; reported without taking a side by 1", or "Not enough evidence: …".</summary>
    private static string Counted(int sources, int pro, int contra, int neutral, (string Pro, string Contra, string Neutral) words)
    {
        string of = sources == 1 ? "1 source" : $"{sources} sources";
        string neutralPart = neutral > 0 ? $"; {words.Neutral} {neutral}" : string.Empty;
        return (pro, contra) switch
        {
            (0, 0) => $"Not enough evidence: none of {of} takes a side{neutralPart}",
            (_, 0) => $"{words.Pro} {pro} of {of}{neutralPart}",
            (0, _) => $"{Capital(words.Contra)} {contra} of {of}{neutralPart}",
            _ => $"{words.Pro} {pro} of {of}, {words.Contra} {contra}{neutralPart}",
        };
    }

    private static string Capital(string s) => string.Concat(s[..1].ToUpperInvariant(), s.AsSpan(1));

    private static int Count(IEnumerable<ReportStance> stances, string stance) => stances.Count(s => s.Stance == stance);

    /// <summary>"4 support it and 2 reject it (1 of them speaks about itself)": each holder counted once per stance.</summary>
    private static string Holders(IReadOnlyList<ReportStance> stances)
    {
        int Holding(string stance) => stances.Where(s => s.Stance == stance).Select(s => s.Holder).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var parts = new List<string>();
        foreach ((string stance, string one, string many) in (ReadOnlySpan<(string, string, string)>)
            [("supports", "supports it", "support it"), ("rejects", "rejects it", "reject it"), ("reports", "reports it without taking a side", "report it without taking a side")])
        {
            int n = Holding(stance);
            if (n > 0)
            {
                parts.Add($"{n} {(n == 1 ? one : many)}");
            }
        }

        int self = stances.Where(s => s.SelfInterested).Select(s => s.Holder).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        string selfPart = self switch
        {
            0 => string.Empty,
            1 => " (1 of them speaks about itself)",
            _ => $" ({self} of them speak about themselves)",
        };
        return string.Join(" and ", parts) + selfPart;
    }

    /// <summary>"The article supports it. Reported: X rejects it; Y supports it."</summary>
    private static string StanceWords(IEnumerable<ReportStance> stances)
    {
        var list = stances.ToList();
        string own = list.FirstOrDefault(s => s.Holder is null) is { } o
            ? $"The article {Verb(o.Stance)} it" + (o.Evidence.FirstOrDefault() is { } e ? $": {Quoted(e.Text)}" : ".")
            : "The article takes no side itself.";
        var reported = list.Where(s => s.Holder is not null).Select(s => $"{s.Holder} {Verb(s.Stance)} it").Distinct(StringComparer.Ordinal).ToList();
        return reported.Count == 0 ? own : $"{own} Reported in it: {string.Join("; ", reported)}.";
    }

    /// <summary>“The sentence.” — shortened, and closed by a full stop when it has none, so that more can follow.</summary>
    private static string Quoted(string sentence)
    {
        string text = ReportFormat.Shorten(sentence, EvidenceLength).TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' ? $"“{text}”" : $"“{text}”.";
    }

    private static string Verb(string stance) => stance switch
    {
        "supports" => "supports",
        "rejects" => "rejects",
        _ => "reports without taking a side on",
    };

    private static CreativeWorkLd Appearance(ExportCase c, string file, ReportEvidence? evidence, string kind, string description)
    {
        ReportDocument d = c.Document(file)!;
        string? url = d.Url ?? (evidence is null ? c.Links.Document(file) : c.Links.Finding(file, kind, evidence.Start, evidence.End));
        return new CreativeWorkLd(url, d.Title ?? d.Outlet ?? d.File, d.Title, ExportCase.DeclaredDate(d),
            d.Author is null ? null : new PersonLd(d.Author), d.Outlet is null ? null : new OrganizationLd(d.Outlet), description);
    }
}
