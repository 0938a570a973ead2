using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// Finds the date expressions of a document with <see cref="TemporalRecognizer"/>, resolved against the
/// document's reference date, and describes the event of each for the timeline. Only calendar DATE and
/// TIME expressions become <see cref="DateMention"/>s; durations, recurrences and bare clock times do not.
/// </summary>
public sealed class DateExtractor : IExtractor
{
    public string Name => "dates";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        IReadOnlyList<TemporalExpression> expressions = TemporalRecognizer.Recognize(document.Text, TemporalAnchor.For(document.Document));
        List<DateMention> dates = [];
        foreach (TemporalExpression e in expressions)
        {
            if (e.IsCalendar && e.Type is TimexType.Date or TimexType.Time)
            {
                dates.Add(new DateMention(document.Id, e.Span, e.Text, e.Kind, e.Date, e.Inferred, EventDescriber.Describe(document, e.Span)));
            }
        }

        return findings with { Dates = dates };
    }
}
