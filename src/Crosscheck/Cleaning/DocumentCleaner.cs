using Crosscheck.Cleaning.ChromeRules;
using Crosscheck.Cleaning.Metadata;
using Crosscheck.Model;

namespace Crosscheck.Cleaning;

/// <summary>
/// The clean stage: removes site chrome from each document's text and finds its title, subtitle,
/// author, publication date (as written) and outlet. Runs over the whole set because lines repeated
/// across documents are a chrome signal. Container metadata, when present, takes precedence over
/// what the text says.
/// </summary>
public sealed class DocumentCleaner
{
    /// <summary>Rules judging lines on their own, in order, before the head and end are read.</summary>
    private static readonly IChromeRule[] LineRules =
    [
        new MailTailRule(),
        new SeparatorRule(),
        new UiLabelRule(),
        new PhotoCreditRule(),
        new FooterNoticeRule(),
        new NavigationMenuRule(),
        new RepeatedLineRule(),
        new TeaserRule(),
        new PitchRule(),
    ];

    public IReadOnlyList<Document> Clean(IReadOnlyList<SourceDocument> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return Analyze(sources).Select(ToDocument).ToList();
    }

    /// <summary>Decides the role of every line of every document (exposed for tests and diagnostics).</summary>
    internal static IReadOnlyList<CleaningContext> Analyze(IReadOnlyList<SourceDocument> sources)
    {
        IReadOnlyList<SourceLine>[] lines = sources.Select(s => SplitLines(s.Text)).ToArray();
        IReadOnlySet<string> repeated = RepeatedLineDetector.Find(lines);
        var contexts = new CleaningContext[sources.Count];
        Parallel.For(0, sources.Count, d => contexts[d] = CleanOne(sources[d], lines[d], repeated));
        return contexts;
    }

    private static CleaningContext CleanOne(SourceDocument source, IReadOnlyList<SourceLine> lines, IReadOnlySet<string> repeated)
    {
        var context = new CleaningContext(source, lines, repeated)
        {
            Title = Blank(source.Meta.Title),
            Author = Blank(source.Meta.Author),
            Outlet = Blank(source.Meta.Outlet),
            Published = DeclaredDate(source.Meta.Published),
        };

        foreach (IChromeRule rule in LineRules)
        {
            rule.Apply(context);
        }

        HeaderReader.Read(context);
        new TailListRule().Apply(context);
        FooterReader.Read(context);
        new CaptionRule().Apply(context);
        new PullQuoteRule().Apply(context);
        return context;
    }

    private static Document ToDocument(CleaningContext context)
    {
        SourceDocument source = context.Source;
        bool[] kept = CleanTextBuilder.Kept(context);
        (string text, int bodyStart) = CleanTextBuilder.Build(context);
        return new Document
        {
            Id = source.Id,
            File = source.File,
            Format = source.Format,
            Text = text,
            BodyStart = bodyStart,
            Title = context.Title,
            Subtitle = context.Subtitle,
            Author = context.Author,
            Outlet = context.Outlet,
            Url = source.Meta.Url,
            PublishedText = context.Published?.Text,
            Published = context.Published?.Date,
            RemovedLines = Enumerable.Range(0, context.Lines.Count)
                .Where(i => !kept[i] && context.Role(i) != LineRole.Blank)
                .Select(i => context.Lines[i].Text)
                .ToList(),
        };
    }

    private static SourceLine[] SplitLines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n')
            .Select((raw, i) => new SourceLine(i, raw))
            .ToArray();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// A container's date: as the ingestion read it, else (a form it does not know) an ISO date at its start
    /// ("2024-03-28…") or the first date the dateline grammar finds in it, else as written without a date.
    /// </summary>
    private static WrittenDate? DeclaredDate(WrittenDate? declared)
    {
        if (declared is null || declared.Date is not null)
        {
            return declared;
        }

        string text = declared.Text;
        string iso = text.Length >= 10 ? text[..10] : text;
        if (PartialDate.TryParse(iso, out PartialDate date))
        {
            // "0001-01-01" or "9999-12-31" is a placeholder, not the day the text was written.
            return new WrittenDate(text, PartialDate.IsPlausiblePublicationYear(date.Year) ? date : null);
        }

        return DatelineFinder.Find(text) is { } found ? found with { Text = text } : new WrittenDate(text, null);
    }
}
