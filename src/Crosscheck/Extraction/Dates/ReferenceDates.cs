using Crosscheck.Model;

namespace Crosscheck.Extraction.Dates;

/// <summary>
/// Dates the set before extraction: parses each document's publication date, infers a missing year
/// from the set, and gives every document the reference date that its relative expressions resolve against.
/// </summary>
/// <remarks>
/// <para><b>Publication.</b> <see cref="Document.PublishedText"/> (set by the cleaner from a byline or the
/// container's metadata) is parsed with <see cref="PublicationDateParser"/>. A date already in
/// <see cref="Document.Published"/> is kept.</para>
/// <para><b>Missing year.</b> Bylines often give "Mar 28" alone. The documents of a set report the same
/// story, so the year is taken from the set: the latest year among the explicit dates that name a month
/// and a year ("22 March 2024", "August 2021") in all the texts, and among the publication dates that have
/// a year. Dates in a future-looking clause ("will … by March 2030") are left out. If the date in the
/// following year would still fall within two months after the latest such date, that year is taken instead
/// (a "Jan 5" report in a set whose latest date is 20 December). <see cref="Document.PublishedInferred"/> is then true.</para>
/// <para><b>Reference.</b> A document with a publication date is referenced to it
/// (<see cref="Document.ReferenceInferred"/> = <see cref="Document.PublishedInferred"/>). One without is
/// referenced to the earliest publication date of the set, since a set is usually gathered within a few days
/// of the event; but if the document itself writes a later full date (day, month and year), it was
/// published after that, and its latest such date is taken. With no dated document in the set, the
/// document's own latest full date is used; with none at all, the reference stays null. Either way
/// <see cref="Document.ReferenceInferred"/> is true.</para>
/// </remarks>
public static class ReferenceDates
{
    private const int YearRolloverMonths = 2;

    public static IReadOnlyList<Document> Assign(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var fields = new DateFields?[documents.Count];
        var explicitDates = new List<PartialDate>[documents.Count];
        PartialDate? latest = null;
        for (int i = 0; i < documents.Count; i++)
        {
            Document d = documents[i];
            fields[i] = d.Published is { } p ? new DateFields(p.Year, p.Month, p.Day) : PublicationDateParser.Parse(d.PublishedText);
            explicitDates[i] = ExplicitDates(d.Text);
            foreach (PartialDate date in explicitDates[i])
            {
                latest = Max(latest, date);
            }

            if (fields[i] is { Year: not null, Month: not null } f && f.ToPartialDate() is { } pub)
            {
                latest = Max(latest, pub);
            }
        }

        var published = new PartialDate?[documents.Count];
        var inferred = new bool[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            if (documents[i].Published is { } given)
            {
                published[i] = given;
                inferred[i] = documents[i].PublishedInferred;
            }
            else if (fields[i] is { } f)
            {
                (published[i], inferred[i]) = f.Year is not null ? (f.ToPartialDate(), false) : (WithSetYear(f, latest), true);
            }
        }

        PartialDate? earliestPublished = published.Where(p => p is not null).Select(p => p!.Value).OrderBy(p => p.HasDay ? 0 : 1).ThenBy(p => p).Cast<PartialDate?>().FirstOrDefault();
        var result = new Document[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            Document d = documents[i];
            if (published[i] is { } pub)
            {
                result[i] = d with { Published = pub, PublishedInferred = inferred[i], ReferenceDate = pub, ReferenceInferred = inferred[i] };
                continue;
            }

            PartialDate? ownLatest = explicitDates[i].Where(x => x.HasDay).Cast<PartialDate?>().Max();
            PartialDate? reference = earliestPublished is { } e && (ownLatest is null || e.CompareTo(ownLatest.Value) >= 0) ? e : ownLatest;
            result[i] = d with { ReferenceDate = reference, ReferenceInferred = reference is not null };
        }

        return result;
    }

    /// <summary>Dates written with at least a month and a year, outside future-looking clauses.</summary>
    internal static List<PartialDate> ExplicitDates(string text) =>
        [.. TemporalRecognizer.RecognizeCalendarDates(text)
            .Where(e => e.Kind is DateKind.Absolute or DateKind.Partial && e.Written is { Year: not null, Month: not null } && !e.FutureContext)
            .Select(e => e.Written.ToPartialDate()!.Value)];

    /// <summary>The set's latest year for a month and day, or the year after when that lands just after the latest date.</summary>
    private static PartialDate? WithSetYear(DateFields f, PartialDate? latest)
    {
        if (latest is not { } l || f.Month is not { } month)
        {
            return null;
        }

        int year = l.Year;
        if (Fits(year + 1, month, f.Day) && new DateOnly(year + 1, month, f.Day ?? 1) <= l.Latest.AddMonths(YearRolloverMonths))
        {
            year++;
        }

        return Fits(year, month, f.Day) ? new PartialDate(year, month, f.Day) : null;
    }

    private static bool Fits(int year, int month, int? day) => day is null || day <= DateTime.DaysInMonth(year, month);

    private static PartialDate Max(PartialDate? a, PartialDate b) => a is { } x && x.CompareTo(b) >= 0 ? x : b;
}
