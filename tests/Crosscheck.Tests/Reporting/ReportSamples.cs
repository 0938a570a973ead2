using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;

namespace Crosscheck.Tests.Reporting;

/// <summary>Small hand-built reports for the store, renderer and CLI tests.</summary>
public static class ReportSamples
{
    public const string TextA =
        "Officials said 12 people were killed on March 3. \"We will rebuild the market,\" said Mayor Ana Lopes, according to Reuters.";

    public const string TextB =
        "At least 15 people were killed, police said on March 4. <script>alert(1)</script> <img src=x onerror=alert(2)> " +
        "Ana Lopes told reporters: \"We will rebuild the market.\" The Daily Ledger first reported the toll.";

    public const string TextC = "A third report on the flooding of the valley, with no findings.";

    public static Report Small(bool withThird = false)
    {
        List<ReportDocument> docs =
        [
            Doc("a1", "a.txt", "Market fire kills 12", "Sam Reed", "City Post", "https://example.org/a", "2024-03-03", false, TextA),
            Doc("b2", "b.txt", "Toll rises to 15 <b>after</b> fire", null, "Valley News", null, "2024-03-04", true, TextB),
        ];
        if (withThird)
        {
            docs.Add(Doc("c3", "c.txt", "Valley floods", "Jo Park", null, null, null, false, TextC));
        }

        (int qa, int qaEnd) = Find(TextA, "We will rebuild the market,");
        (int qb, int qbEnd) = Find(TextB, "We will rebuild the market.");
        (int sa, int saEnd) = Find(TextA, "Ana Lopes");
        (int sb, int sbEnd) = Find(TextB, "Ana Lopes");
        (int na, int naEnd) = Find(TextA, "12 people");
        (int nb, int nbEnd) = Find(TextB, "At least 15 people");
        (int da, int daEnd) = Find(TextA, "March 3");
        (int db, int dbEnd) = Find(TextB, "March 4");
        (int ca, int caEnd) = Find(TextA, "Reuters");
        (int cb, int cbEnd) = Find(TextB, "The Daily Ledger");
        (int ma, int maEnd) = Find(TextA, "Mayor Ana Lopes");
        (int ka, int kaEnd) = Find(TextA, "market");

        return new Report(
            Tool: "crosscheck",
            GeneratedAt: "2024-03-05T10:00:00.0000000+00:00",
            Documents: docs,
            Quotes:
            [
                new ReportQuote("a.txt", "Ana Lopes", "We will rebuild the market,", "direct", "q1", "said", qa, qaEnd, sa, saEnd),
                new ReportQuote("b.txt", "Ana Lopes", "We will rebuild the market.", "direct", "q1", "told", qb, qbEnd, sb, sbEnd),
            ],
            QuoteGroups:
            [
                new ReportQuoteGroup("q1", "Ana Lopes",
                [
                    new ReportQuoteVariant("a.txt", "We will rebuild the market,", qa, qaEnd),
                    new ReportQuoteVariant("b.txt", "We will rebuild the market.", qb, qbEnd),
                ]),
            ],
            Numbers:
            [
                new ReportNumber("a.txt", "12 people", 12, "exact", "killed", true, null, "Officials", "2024-03-03", false, false, na, naEnd),
                new ReportNumber("b.txt", "At least 15 people", 15, "at_least", "killed", true, null, "police", "2024-03-04", true, false, nb, nbEnd),
            ],
            NumberFindings:
            [
                new ReportNumberFinding("main event", true, "killed",
                [
                    new ReportNumberValue("a.txt", "12 people", 12, "exact", "Officials", "2024-03-03", na, naEnd),
                    new ReportNumberValue("b.txt", "At least 15 people", 15, "at_least", "police", "2024-03-04", nb, nbEnd),
                ],
                "rising_count", "later reports are higher"),
            ],
            Dates:
            [
                new ReportDate("a.txt", "March 3", "2024-03-03", "partial", true, "12 people were killed", da, daEnd),
                new ReportDate("b.txt", "March 4", "2024-03-04", "partial", true, "police said", db, dbEnd),
            ],
            Timeline:
            [
                new ReportTimelineEntry("2024-03-03", "Market fire: 12 people killed", [new ReportDateRef("a.txt", "March 3", da, daEnd)]),
                new ReportTimelineEntry("2024-03-04", "Police give a toll of at least 15", [new ReportDateRef("b.txt", "March 4", db, dbEnd)]),
            ],
            Entities:
            [
                new ReportEntity("e1", "Ana Lopes", "person", ["Mayor Ana Lopes", "Lopes"], new Dictionary<string, int> { ["a.txt"] = 1, ["b.txt"] = 1 }),
                new ReportEntity("e2", "Reuters", "organization", [], new Dictionary<string, int> { ["a.txt"] = 1 }),
            ],
            EntityMentions:
            [
                new ReportEntityMention("a.txt", "e1", "Mayor Ana Lopes", ma, maEnd),
                new ReportEntityMention("a.txt", "e2", "Reuters", ca, caEnd),
                new ReportEntityMention("b.txt", "e1", "Ana Lopes", sb, sbEnd),
                new ReportEntityMention("a.txt", "market", "market", ka, kaEnd),
            ],
            CitedSources:
            [
                new ReportCitedSource("a.txt", "Reuters", "agency", "according to", ca, caEnd),
                new ReportCitedSource("b.txt", "The Daily Ledger", "outlet", "first reported", cb, cbEnd),
            ],
            Problems: [new ReportProblem("junk.bin", "binary file")]);
    }

    public static (int Start, int End) Find(string text, string part)
    {
        int i = text.IndexOf(part, StringComparison.Ordinal);
        if (i < 0)
        {
            throw new ArgumentException($"'{part}' not in the text");
        }

        return (i, i + part.Length);
    }

    private static ReportDocument Doc(string id, string file, string? title, string? author, string? outlet, string? url, string? published, bool inferred, string text) =>
        new(id, file, "plain_text", title, null, author, outlet, url, published, inferred, published, inferred, text);
}
