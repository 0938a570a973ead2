using Crosscheck.Model;

namespace Crosscheck.Kinds.Attributions;

/// <summary>
/// Finds attributions with the learned tagger (<see cref="AttributionModel"/>, trained on PolNeAR):
/// sources, cues and contents of quoted and paraphrased statements, beliefs and intentions, joined by
/// <see cref="AttributionAssembler"/>. Only cues are kept that form a relation with a content, and not those whose
/// source is the author ("I", "we": the article's own statements). Runs
/// before the quote extractor, which takes a speaker from here when its rules find none.
/// </summary>
public sealed class AttributionExtractor : IExtractor
{
    private readonly AttributionModel? _model;

    /// <summary>Uses the embedded model (no attributions when the assembly has none).</summary>
    public AttributionExtractor()
        : this(AttributionModel.Default)
    {
    }

    public AttributionExtractor(AttributionModel? model)
    {
        _model = model;
    }

    public string Name => "attributions";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        if (_model is null)
        {
            return findings;
        }

        string text = document.Text;
        TaggerTokens tokens = TaggerTokens.Of(text, document.Sentences);
        IReadOnlyList<LabeledSpan> spans = _model.Tag(tokens);
        var relations = new List<AttributionRelation>();
        foreach (AssembledAttribution a in AttributionAssembler.Assemble(text, spans))
        {
            if (a.Content is not { } content || (a.Source is { } s && IsAuthor(s.TextOf(text))))
            {
                continue;
            }

            TextSpan cue = a.Cue.Extent;
            TextSpan? source = a.Source?.Extent;
            int start = Math.Min(Math.Min(cue.Start, content.Extent.Start), source?.Start ?? int.MaxValue);
            int end = Math.Max(Math.Max(cue.End, content.Extent.End), source?.End ?? 0);
            relations.Add(new AttributionRelation(
                document.Id, new TextSpan(start, end), source?.Slice(text), source, cue.Slice(text), cue, content.TextOf(text), content.Fragments));
        }

        return findings with { Attributions = [.. findings.Attributions, .. relations] };
    }

    // "I" or "we" as the whole source: the author speaking (PolNeAR tags self-attributions, "we have determined
    // that …"), whose own statements are attributed to no one else; or a speaker inside a quotation, whose quote
    // carries its own attribution. No relation is made for either.
    private static bool IsAuthor(string source) => source.Trim() is "I" or "We" or "we";
}
