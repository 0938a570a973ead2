using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// What relative expressions resolve against: the document's reference date (TimeML's DCT) and whether
/// that date was itself inferred.
/// </summary>
public readonly record struct TemporalAnchor(PartialDate? Reference, bool ReferenceInferred = false)
{
    public static TemporalAnchor None { get; } = new(null);

    public static TemporalAnchor For(Document document) => new(document.ReferenceDate, document.ReferenceInferred);
}
