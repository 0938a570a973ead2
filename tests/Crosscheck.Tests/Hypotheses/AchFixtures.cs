using Crosscheck.Annotation;
using Crosscheck.Model;

namespace Crosscheck.Tests.Hypotheses;

/// <summary>An invented story (a bridge bombing) with hand-built hypotheses and stances for the ACH and edit tests.</summary>
public static class AchFixtures
{
    public const string TextA =
        "The Red Hand carried out the bridge bombing, police said, citing recovered phone records. " +
        "The Red Hand said on its channel that its fighters did it. " +
        "Officials in Norland denied any role.";

    public const string TextB =
        "Some commentators claimed Norland was behind the blast, without offering evidence. " +
        "Guards at the bridge had been withdrawn a week earlier, the report found.";

    public static readonly Hypothesis RedHand = new("h1", "The Red Hand carried out the bombing", HypothesisKind.Responsibility, "Red Hand", "e1", false);
    public static readonly Hypothesis Norland = new("h2", "Norland was behind the bombing", HypothesisKind.Responsibility, "Norland", "e2", false);
    public static readonly Hypothesis Security = new("h3", "Security failures let the bombing happen", HypothesisKind.Cause, "security failures", null, false);

    public static IReadOnlyList<Hypothesis> AllHypotheses { get; } = [RedHand, Norland, Security];

    public static IReadOnlyList<AnnotatedDocument> Documents =>
    [
        TextAnnotator.Annotate(new Document { Id = "a", File = "a.txt", Format = SourceFormat.PlainText, Text = TextA }),
        TextAnnotator.Annotate(new Document { Id = "b", File = "b.txt", Format = SourceFormat.PlainText, Text = TextB }),
    ];

    public static IReadOnlyList<DocumentFindings> Findings => [new DocumentFindings("a"), new DocumentFindings("b")];

    /// <summary>The span of the sentence of <paramref name="text"/> that contains <paramref name="words"/>.</summary>
    public static TextSpan Sentence(string text, string words)
    {
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{words}' is not in the text");
        }

        int start = text.LastIndexOf(". ", at, StringComparison.Ordinal) is int s and >= 0 ? s + 2 : 0;
        int end = text.IndexOf('.', at + words.Length);
        return new TextSpan(start, end < 0 ? text.Length : end + 1);
    }

    public static HypothesisStance MakeStance(
        string doc, string? holder, Hypothesis h, StanceKind stance, double confidence, string words,
        string? evidenceStatus = null, bool selfInterested = false) =>
        new(doc, holder, null, h.Id, stance, confidence, [Sentence(doc == "a" ? TextA : TextB, words)], evidenceStatus, selfInterested);

    /// <summary>A set of stances covering the rules: a sourced claim, a self-claim, a denial, an unsupported claim, a cause.</summary>
    public static IReadOnlyList<HypothesisStance> AllStances { get; } =
    [
        // Police (with cited evidence) say the Red Hand did it.
        MakeStance("a", "police", RedHand, StanceKind.Supports, 0.9, "carried out the bridge", "evidence cited"),

        // The Red Hand claims its own act: self-interested.
        MakeStance("a", "Red Hand", RedHand, StanceKind.Supports, 0.9, "its fighters did it", selfInterested: true),

        // Norland denies its own role: self-interested.
        MakeStance("a", "Norland", Norland, StanceKind.Rejects, 0.8, "denied any role", selfInterested: true),

        // The author only reports the claim: every cell N, no row.
        MakeStance("a", null, RedHand, StanceKind.Reports, 0.7, "its fighters did it"),

        // Commentators accuse Norland without evidence.
        MakeStance("b", "commentators", Norland, StanceKind.Supports, 0.6, "was behind the blast", "no evidence shown"),

        // The author's own statement of a security failure.
        MakeStance("b", null, Security, StanceKind.Supports, 0.85, "Guards at the bridge"),
    ];
}
