using Crosscheck.Kinds.Entities;
using Crosscheck.Kinds.Quotes;
using Crosscheck.Model;

namespace Crosscheck.Kinds.Sources;

internal sealed partial class SourceCueFinder
{
    /// <summary>One document as the cue rules see it: its text, its entity mentions, and what a name read from the text is.</summary>
    private sealed class View(AnnotatedDocument document, IReadOnlyList<EntityMention> entities, SourceLexicon lexicon)
    {
        private readonly SpanLookup<EntityMention> _mentions = new(entities, e => e.Span);

        public string Text => document.Text;

        public Sentence? Sentence(int position) => document.SentenceAt(position);

        public CitedSource Source(SourceName name, CitedSourceKind kind, string cue) => new(document.Id, name.Span, name.Name, kind, cue);

        /// <summary>An entity typed as a place that covers the whole name ("Port Elling" yes, "the Port Elling civil defence" no).</summary>
        public bool IsPlaceMention(SourceName name) =>
            _mentions.Near(name.Span.Start, name.Span.Start).Any(e => e.Type == Model.EntityType.Place && e.Span.Start <= name.Span.Start && e.Span.End >= name.Span.End);

        /// <summary>A person: an entity typed so, or a name that opens with a title or a given name and has no organisation word.</summary>
        public bool IsPerson(SourceName name)
        {
            // "Army Col. Jan Roe": a title inside the name, then the person's own name
            if (TitledPerson(name.Name))
            {
                return true;
            }

            // a name with an outlet, agency or organisation word is none ("the ministry", "the Tidewater news organization")
            if (lexicon.KindOf(name.Name) is not null || name.Name.Split(' ').Any(lexicon.Heads.Contains))
            {
                return false;
            }

            if (MentionAt(name) is { } m)
            {
                return m.Type == Model.EntityType.Person || (m.Type == Model.EntityType.Organization && LooksPerson(m.Canonical));
            }

            return LooksPerson(name.Name);
        }

        /// <summary>A place: an entity typed so that covers the whole name, a country, capital or city, or a demonym.</summary>
        public bool IsPlace(SourceName name)
        {
            // by the gazetteers only: the entity typer takes many outlets for places ("told Quillcast")
            EntityLexicon lex = EntityLexicon.Instance;
            return lexicon.KindOf(name.Name) is null
                && (lex.Countries.FindPlace(name.Name) is not null || lex.Cities.IsCity(name.Name) || lex.Countries.IsDemonym(name.Name));
        }

        /// <summary>A name and not a capitalized common word: an entity, more than one word, an inner capital, or not at a clause start.</summary>
        public bool IsNamed(SourceName name) =>
            MentionAt(name) is not null || name.Name.Contains(' ') || name.Name.Skip(1).Any(char.IsUpper)
            || (name.Span.Start > 1 && Text[name.Span.Start - 1] == ' ' && Text[name.Span.Start - 2] is not ('.' or '"' or '“' or '”' or ':'));

        /// <summary>"the UK's Mirror": a possessor that is a place owns the name that follows, which is the source.</summary>
        public SourceName Owner(SourceName name, SourceLexicon lex)
        {
            if (!name.Possessive || !IsPlace(name))
            {
                return name;
            }

            int after = name.Span.End;
            while (after < Text.Length && Text[after] is '\'' or '’' or '‘' or 's')
            {
                after++;
            }

            return SourceNameReader.ReadForward(Text, after, lex) is { } owned ? owned : name;
        }

        /// <summary>The person a role belongs to: named right after it ("spokesman X", "an eyewitness named X", "…, X") or just before it ("X, head of").</summary>
        public SourceName? PersonNear(int roleStart, int roleEnd)
        {
            // "the Interior Minister Jana Holm": the title inside the person's own mention
            var near = _mentions.Near(roleStart - 40, roleEnd + 40).ToList();
            EntityMention? holder = near.FirstOrDefault(e => e.Span.Start <= roleStart && e.Span.End > roleEnd + 1 && IsPersonMention(e));
            EntityMention? after = near.Where(e => e.Span.Start >= roleEnd && e.Span.Start <= roleEnd + 40 && IsPersonMention(e)
                    && PersonAfter().IsMatch(Text[roleEnd..e.Span.Start]))
                .OrderByDescending(e => e.Canonical.Contains(' ')).ThenBy(e => e.Span.Start).FirstOrDefault() ?? holder;
            EntityMention? before = near.Where(e => e.Span.End <= roleStart && e.Span.End >= roleStart - 40 && IsPersonMention(e)
                    && PersonBefore().IsMatch(Text[e.Span.End..roleStart]))
                .OrderByDescending(e => e.Span.End).FirstOrDefault();
            EntityMention? person = after ?? before;
            return person is null ? null : new SourceName(person.Span, person.Canonical, false);
        }

        /// <summary>Next to a role noun ("X, head of", "spokesman X") a name with no organisation word is a person, whatever its entity type.</summary>
        private bool IsPersonMention(EntityMention e) =>
            e.Type == Model.EntityType.Person || LooksPerson(e.Canonical)
            || (lexicon.KindOf(e.Canonical) is null && !e.Canonical.Split(' ').Any(lexicon.Heads.Contains) && !IsPlace(new SourceName(e.Span, e.Canonical, false)));

        private bool LooksPerson(string name)
        {
            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || lexicon.KindOf(name) is not null || words.Any(w => lexicon.Heads.Contains(w)))
            {
                return false;
            }

            int i = 0;
            while (i < words.Length - 1 && (QuoteLexicon.IsTitle(words[i]) || EntityLexicon.Instance.TitleWords.Contains(words[i].TrimEnd('.'))))
            {
                i++;
            }

            // "Iraqi lawmaker Ali Bakr", "Member of Parliament Ali Bakr": a name ends in the person it names
            return i > 0 || (words.Length >= 2 && EntityLexicon.Instance.FirstNames.Contains(words[0]))
                || (words.Length >= 3 && EntityLexicon.Instance.FirstNames.Contains(words[^2]) && char.IsUpper(words[^1][0]));
        }

        private static bool TitledPerson(string name)
        {
            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int title = Array.FindLastIndex(words, w => QuoteLexicon.IsTitle(w) || EntityLexicon.Instance.TitleWords.Contains(w.TrimEnd('.')));
            return title >= 0 && title < words.Length - 1 && words.Length - title <= 4 && words[(title + 1)..].All(w => char.IsUpper(w[0]))
                && words[title..].Any(w => w.EndsWith('.')) | words[(title + 1)..].Any(EntityLexicon.Instance.FirstNames.Contains);
        }

        private EntityMention? MentionAt(SourceName name) =>
            _mentions.Near(name.Span.Start, name.Span.End).Where(e => e.Span.Start < name.Span.End && name.Span.Start < e.Span.End)
                .OrderByDescending(e => Math.Min(e.Span.End, name.Span.End) - Math.Max(e.Span.Start, name.Span.Start)).FirstOrDefault();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:,\s*|\s+)(?:(?:named|called)\s+)?(?:(?:\p{Lu}[\p{L}]*\.?)\s+){0,3}$")]
    private static partial System.Text.RegularExpressions.Regex PersonAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^,\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}$")]
    private static partial System.Text.RegularExpressions.Regex PersonBefore();
}
