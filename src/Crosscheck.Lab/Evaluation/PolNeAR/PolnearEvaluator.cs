using Crosscheck.Kinds.Attributions;

namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// Runs the attribution model on PolNeAR articles: the predicted brat file of each article (Source,
/// Cue and Content spans, and one Attribution event per cue with its source and content) and the
/// scores against the gold files.
/// </summary>
public static class PolnearEvaluator
{
    public static BratDocument Predict(AttributionModel model, string text)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<LabeledSpan> spans = model.Tag(TaggerTokens.Of(text));
        return ToBrat(spans, AttributionAssembler.Assemble(text, spans));
    }

    /// <summary>
    /// The gold spans as the tagger can express them: encoded into its tags and decoded again. Scoring this against
    /// the gold file gives the ceiling of the tag scheme and the tokenization.
    /// </summary>
    public static BratDocument Oracle(string text, BratDocument gold)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gold);
        TaggerTokens tokens = TaggerTokens.Of(text);
        (int[] sourceCue, int[] content) = AttributionTags.Encode(tokens, GoldSpans(gold));
        IReadOnlyList<LabeledSpan> spans = AttributionTags.Decode(tokens, sourceCue, content);
        return ToBrat(spans, AttributionAssembler.Assemble(text, spans));
    }

    /// <summary>Brat spans T1… in text order, then for each attribution an "Attribution" trigger on its cue and an event joining the parts.</summary>
    public static BratDocument ToBrat(IReadOnlyList<LabeledSpan> spans, IReadOnlyList<AssembledAttribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(spans);
        ArgumentNullException.ThrowIfNull(attributions);
        var bratSpans = new List<BratSpan>();
        var ids = new Dictionary<LabeledSpan, string>(ReferenceEqualityComparer.Instance);
        foreach (LabeledSpan s in spans)
        {
            string id = "T" + (bratSpans.Count + 1);
            ids[s] = id;
            bratSpans.Add(new BratSpan(id, s.Label, s.Fragments));
        }

        var events = new List<BratEvent>();
        foreach (AssembledAttribution a in attributions)
        {
            string trigger = "T" + (bratSpans.Count + 1);
            bratSpans.Add(new BratSpan(trigger, "Attribution", a.Cue.Fragments));
            var arguments = new List<KeyValuePair<string, string>>();
            if (a.Content is { } content)
            {
                arguments.Add(new("Content", ids[content]));
            }

            arguments.Add(new("Cue", ids[a.Cue]));
            if (a.Source is { } source)
            {
                arguments.Add(new("Source", ids[source]));
            }

            events.Add(new BratEvent("E" + (events.Count + 1), a.Source is null ? "Attribution-no-source" : "Attribution", trigger, arguments));
        }

        return new BratDocument(bratSpans, events);
    }

    /// <summary>Gold spans of a brat file as labelled spans (Source, Cue and Content only).</summary>
    public static IReadOnlyList<LabeledSpan> GoldSpans(BratDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        return [.. gold.Spans.Where(s => PolnearScores.Labels.Contains(s.Label)).Select(s => new LabeledSpan(s.Label, s.Fragments))];
    }
}
