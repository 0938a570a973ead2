using System.Text.RegularExpressions;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Sources;

/// <summary>
/// Finds the outside sources an article cites: outlets, agencies, organisations, documents and channels
/// ("according to the X", "as the X notes", "X reported", "reported in the X", "a X report", "posted on
/// Telegram", "their media arm, X", "X issued an advisory"). Names come from the entity mentions (their
/// in-document canonical), so it runs after the entity extractor. People quoted are not cited sources.
/// One finding per mention; the index dedups by name. Stateless and thread-safe.
/// </summary>
public sealed partial class CitedSourceExtractor : IExtractor
{
    private readonly SourceLexicon _lexicon = SourceLexicon.Instance;
    private readonly SourceCueFinder _cues = new(SourceLexicon.Instance);

    public string Name => "sources";

    public DocumentFindings Extract(AnnotatedDocument document, DocumentFindings findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(findings);
        string text = document.Text;
        var sources = new List<CitedSource>();
        foreach (EntityMention m in findings.Entities)
        {
            if (m.Type == EntityType.Person || (m.Type == EntityType.Place && _lexicon.KindOf(m.Canonical) is null))
            {
                continue;
            }

            string before = text[Math.Max(0, m.Span.Start - 80)..m.Span.Start];
            string after = text[m.Span.End..Math.Min(text.Length, m.Span.End + 80)];
            if (Match(before, after, m) is ({ } cue, { } kind))
            {
                sources.Add(new CitedSource(document.Id, m.Span, m.Canonical, kind, cue));
            }
        }

        SpanLookup<EntityMention>? mentions = null;
        foreach (Match c in ChannelCue().Matches(text))
        {
            Group ch = c.Groups["ch"];
            string name = c.Groups["alt"].Success ? $"{ch.Value} ({c.Groups["alt"].Value})" : ch.Value;
            int end = c.Groups["alt"].Success ? c.Index + c.Length : ch.Index + ch.Length;
            if (_lexicon.Channels.Contains(ch.Value))
            {
                sources.Add(new CitedSource(document.Id, new TextSpan(ch.Index, end), name, CitedSourceKind.Channel, c.Groups["cue"].Value));

                // "X of the Daily Planet wrote on Twitter": the outlet or organisation just before the cue is a source too.
                mentions ??= new SpanLookup<EntityMention>(findings.Entities, m => m.Span);
                if (mentions.Near(PosterEnd(text, c.Index), c.Index).LastOrDefault(m => m.Span.End <= c.Index && text[m.Span.End..c.Index].Trim() is "" or ",") is { } poster
                    && (poster.Type == EntityType.Organization ? _lexicon.KindOf(poster.Canonical) is not CitedSourceKind.Channel
                        : poster.Type != EntityType.Place && _lexicon.KindOf(poster.Canonical) is CitedSourceKind.Outlet or CitedSourceKind.Agency)
                    && !sources.Any(s => s.Span.Start == poster.Span.Start))
                {
                    sources.Add(new CitedSource(document.Id, poster.Span, poster.Canonical, _lexicon.KindOf(poster.Canonical) ?? CitedSourceKind.Outlet, $"{c.Groups["cue"].Value} {ch.Value}"));
                }
            }
        }

        // the grammar of attribution finds the names the entity list missed or typed wrongly
        foreach (CitedSource s in _cues.Find(document, findings.Entities))
        {
            if (!sources.Any(x => x.Span.Start < s.Span.End && s.Span.Start < x.Span.End))
            {
                sources.Add(s);
            }
        }

        sources.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return findings with { CitedSources = sources };
    }

    /// <summary>Where a name that ends right before a cue may end at the earliest: only blanks and one comma between.</summary>
    private static int PosterEnd(string text, int cue)
    {
        int p = cue;
        while (p > 0 && char.IsWhiteSpace(text[p - 1]))
        {
            p--;
        }

        if (p > 0 && text[p - 1] == ',')
        {
            p--;
            while (p > 0 && char.IsWhiteSpace(text[p - 1]))
            {
                p--;
            }
        }

        return p;
    }

    private (string? Cue, CitedSourceKind? Kind) Match(string before, string after, EntityMention m)
    {
        CitedSourceKind? byName = _lexicon.KindOf(m.Canonical);
        if (After(DocumentWord(), after) is { } docWord && Before(DocumentArticle(), before) is not null)
        {
            bool isDocument = docWord is not ("article" or "piece" or "pieces" or "story" or "column" or "op-ed");
            return ($"{m.Text} {docWord}", isDocument ? CitedSourceKind.Document : byName ?? CitedSourceKind.Organization);
        }

        if (After(IssuedCue(), after) is { } issued)
        {
            return (issued.Trim(), byName ?? CitedSourceKind.Agency);
        }

        if (Before(AccordingTo(), before) is not null)
        {
            return ("according to", byName ?? CitedSourceKind.Organization);
        }

        if (Before(AsThe(), before) is not null && After(ReportVerb(), after) is { } verb)
        {
            return ($"as {m.Text} {verb.Trim(' ', ',', '’', '\'')}", byName ?? CitedSourceKind.Outlet);
        }

        if (Before(ReportedIn(), before) is { } reportedIn)
        {
            return (CueWords(reportedIn), byName ?? CitedSourceKind.Outlet);
        }

        if (Before(MediaArm(), before) is { } arm)
        {
            return (arm.Trim().TrimEnd(','), CitedSourceKind.Outlet);
        }

        if (After(ReportVerb(), after) is { } reported && byName is CitedSourceKind.Outlet or CitedSourceKind.Organization
            && (byName == CitedSourceKind.Outlet || !reported.Contains("reveal", StringComparison.Ordinal)) && !NamedByNeighbour(m))
        {
            return (reported.Trim(), byName);
        }

        if (After(SaidVerb(), after) is { } said && byName == CitedSourceKind.Outlet)
        {
            return (said.Trim(), byName);
        }

        return (null, null);
    }

    /// <summary>
    /// "Acme" whose in-document canonical is a longer name it only starts ("Acme Watch", a product): the kind
    /// comes from the added words, not from the name written, so it says nothing about the mention.
    /// </summary>
    private bool NamedByNeighbour(EntityMention m)
    {
        string written = m.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? m.Text[4..] : m.Text;
        return m.Canonical.StartsWith(written + " ", StringComparison.Ordinal) && _lexicon.KindOf(written) is null;
    }

    /// <summary>"reported in the " → "reported in".</summary>
    private static string CueWords(string cue)
    {
        string t = cue.Trim();
        return t.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? t[..^4] : t;
    }

    private static string? Before(Regex regex, string before) => regex.Match(before) is { Success: true } m ? m.Value : null;

    private static string? After(Regex regex, string after) => regex.Match(after) is { Success: true } m ? (m.Groups["w"].Success ? m.Groups["w"].Value : m.Value) : null;

    [GeneratedRegex(@"\baccording to (?:(?:an?|the) (?:account|report|article|story|statement|analysis|investigation) (?:in|by|from) )?(?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\bas (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex AsThe();

    [GeneratedRegex(@"^(?:[’']s?)?,?\s+(?:(?:has|had|have|also|first|recently|once)\s+)*(?:reported|reports|notes|noted|writes|wrote|revealed|reveals|describes|described|explains|explained|observed|published|put it|puts it|first reported)\b")]
    private static partial Regex ReportVerb();

    [GeneratedRegex(@"^(?:[’']s?)?,?\s+(?:(?:has|had|also)\s+)*(?:said|says|quoted|cited)\b")]
    private static partial Regex SaidVerb();

    [GeneratedRegex(@"\b(?:reported|published|revealed|written|quoted|cited|covered) (?:in|by) (?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedIn();

    [GeneratedRegex(@"^(?:[’']s?)?\s+(?<w>article|report|document|paper|study|memo|piece|pieces|analysis|investigation|assessment|dossier|cable|story|column|op-ed|briefing)s?\b")]
    private static partial Regex DocumentWord();

    [GeneratedRegex(@"(?:^|\b)(?:an?|the|this|that|these|those|its|from an?)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentArticle();

    [GeneratedRegex(@"^\s+(?:(?:has|had|also)\s+)*issued (?:an? |its )?(?:public |travel |security )?(?:advisory|statement|warning|alert|notice|report|bulletin)\b")]
    private static partial Regex IssuedCue();

    [GeneratedRegex(@"\b(?:media arm|news agency|propaganda arm|mouthpiece|news outlet|outlet|newspaper|broadcaster|news site|website|wire service),?\s+(?:the )?$", RegexOptions.IgnoreCase)]
    private static partial Regex MediaArm();

    [GeneratedRegex(@"\b(?<cue>(?:posted|posting|wrote|writing|said|announced|shared|published|declared|claimed|tweeted) (?:it )?on) (?:his |her |their |its |the |a |an )?(?:official )?(?<ch>[A-Z][A-Za-z]*)(?: \((?<alt>[A-Z][A-Za-z]*)\))?")]
    private static partial Regex ChannelCue();
}
