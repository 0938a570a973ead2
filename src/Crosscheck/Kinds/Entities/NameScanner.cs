using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Entities;

/// <summary>
/// Groups capitalized pieces into name candidates. Lowercase connectors join two capitalized parts only
/// where names usually have them: "of"/"for" after an organisation, place or title word ("University of
/// Plymouth", "Secretary of State"); "in" after an organisation word unless a country follows ("Embassy in X"
/// always joins); "and" between two organisation or facility names ("X Hall and Concert Center");
/// particles before or inside a name ("al Shabab", "Omar bin Salem").
/// </summary>
internal static class NameScanner
{
    private static readonly HashSet<string> LocatedHeads = new(StringComparer.Ordinal) { "Embassy", "Consulate", "Mission", "Office", "Bureau" };

    public static List<RawName> Scan(List<NamePiece> pieces, EntityLexicon lexicon)
    {
        var names = new List<RawName>();
        int i = 0;
        while (i < pieces.Count)
        {
            NamePiece p = pieces[i];
            bool particleStart = p.Kind == PieceKind.Lower && lexicon.Particles.Contains(p.Text)
                && i + 1 < pieces.Count && pieces[i + 1].IsCapitalized && !p.EndsName;
            if (!p.IsCapitalized && !particleStart)
            {
                i++;
                continue;
            }

            int start = i;
            int end = i + 1; // exclusive
            while (end < pieces.Count && !pieces[end - 1].EndsName)
            {
                NamePiece next = pieces[end];
                NamePiece previous = pieces[end - 1];
                if (previous.Text.EndsWith('.') && EntityLexicon.IsAcronym(previous.Text) && next.IsCapitalized && !lexicon.IsHead(next.Text))
                {
                    // "… or N.R.A. Oakes said": a dotted acronym ends a sentence the splitter kept whole.
                    break;
                }

                if (next.IsCapitalized && !lexicon.NonEntityWords.Contains(next.Text))
                {
                    end++;
                    continue;
                }

                if (next.Kind == PieceKind.Lower && lexicon.Particles.Contains(next.Text) && end + 1 < pieces.Count && pieces[end + 1].IsCapitalized)
                {
                    end++;
                    continue;
                }

                int joined = TryConnector(pieces, start, end, lexicon);
                if (joined > end)
                {
                    end = joined;
                    continue;
                }

                break;
            }

            // "Thursday Twitter users", "October Reuters reported": a day or month name does not start a name
            // (months that are also first names, "August Wilson", are kept).
            while (end - start > 1 && IsCalendarWord(pieces[start].Text, lexicon))
            {
                start++;
            }

            if (lexicon.NonEntityWords.Contains(pieces[start].Text) && end == start + 1)
            {
                i = end;
                continue;
            }

            string? before = start > 0 && pieces[start - 1].Kind == PieceKind.Lower ? pieces[start - 1].Text.ToLowerInvariant() : null;
            string? after = end < pieces.Count ? pieces[end].Text : null;
            string? afterNext = end + 1 < pieces.Count ? pieces[end + 1].Text : null;
            names.Add(new RawName(pieces[start..end], before, after, afterNext));
            i = end;
        }

        return names;
    }

    private static readonly HashSet<string> CalendarWords = new(
        [.. Lexicon.Words("Dates/weekday-names.txt"), .. Lexicon.Words("Dates/month-names.txt")], StringComparer.Ordinal);

    private static bool IsCalendarWord(string word, EntityLexicon lexicon) =>
        CalendarWords.Contains(word) && !lexicon.FirstNames.Contains(word);

    /// <summary>Returns the new end (exclusive) when a connector and the capitalized run after it join the name, else <paramref name="end"/>.</summary>
    private static int TryConnector(List<NamePiece> pieces, int start, int end, EntityLexicon lexicon)
    {
        string word = pieces[end].Text;
        if (pieces[end].Kind != PieceKind.Lower || word is not ("of" or "for" or "in" or "and"))
        {
            return end;
        }

        int next = end + 1;
        if (next < pieces.Count && pieces[next].Text == "the" && word is "of" or "for" or "in")
        {
            next++;
        }

        if (next >= pieces.Count || !pieces[next].IsCapitalized || lexicon.NonEntityWords.Contains(pieces[next].Text))
        {
            return end;
        }

        int runEnd = next;
        while (runEnd < pieces.Count && pieces[runEnd].IsCapitalized && !lexicon.NonEntityWords.Contains(pieces[runEnd].Text))
        {
            runEnd++;
            if (pieces[runEnd - 1].EndsName)
            {
                break;
            }
        }

        string last = pieces[end - 1].Text;
        bool leftHasHead = false;
        for (int k = start; k < end; k++)
        {
            leftHasHead |= lexicon.IsHead(pieces[k].Text) || IsTitleWord(pieces[k].Text, lexicon);
        }

        string right = string.Join(' ', pieces[next..runEnd].Select(p => p.Text));
        switch (word)
        {
            case "of" or "for" when leftHasHead:
                return runEnd;
            case "in" when LocatedHeads.Contains(last):
                return runEnd;
            case "in" when lexicon.OrganizationHeads.Contains(last) && lexicon.Countries.FindPlace(right) is null && !lexicon.Countries.IsDemonym(pieces[next].Text):
                return runEnd;
            case "and" when lexicon.IsHead(last) && lexicon.IsHead(pieces[runEnd - 1].Text) && pieces[next].Text != "the":
                return runEnd;
            case "and" when (end - start == 1 || (end - start == 2 && pieces[start].Text == "The")) && runEnd == next + 1 && lexicon.OutletWords.Contains(last) && lexicon.OutletWords.Contains(pieces[next].Text):
                // "Globe and Mail": two outlet words joined make one title.
                return runEnd;
            default:
                return end;
        }
    }

    private static bool IsTitleWord(string word, EntityLexicon lexicon) => lexicon.TitleWords.Contains(word);
}
