using Crosscheck.Lexicons;

namespace Crosscheck.Kinds.Quotes;

/// <summary>
/// The word lists the quote extractor uses: speech verbs, titles and organization head words come
/// from embedded data files (Resources/Quotes); the small closed classes (pronouns, prepositions,
/// determiners) are listed here.
/// </summary>
internal static class QuoteLexicon
{
    public static readonly HashSet<string> SpeechVerbs = Load("SpeechVerbs.txt");

    public static readonly HashSet<string> Titles = Load("Titles.txt");

    public static readonly HashSet<string> OrganizationWords = Load("OrganizationWords.txt");

    /// <summary>Role and kinship nouns only a person holds (Resources/Quotes/PersonRoles.txt).</summary>
    public static readonly HashSet<string> PersonRoles = Load("PersonRoles.txt");

    /// <summary>Capitalized nouns for a member of a party, faith or nation ("the Lakeside Democrat"): a description after "the".</summary>
    public static readonly HashSet<string> MemberNouns = Lexicon.WordSet("Quotes/member-nouns.txt", StringComparer.Ordinal);

    /// <summary>Verbs of asking someone to act ("advised civilians to “…”"): cues for quotes only.</summary>
    public static readonly HashSet<string> DirectiveVerbs = Lexicon.WordSet("Quotes/directive-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Things written that "read" a text ("“…,” read a banner").</summary>
    public static readonly HashSet<string> InscriptionNouns = Lexicon.WordSet("Quotes/inscription-nouns.txt", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    public static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its" };

    public static readonly HashSet<string> Prepositions = Lexicon.WordSet("Quotes/prepositions.txt", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Determiners = Lexicon.WordSet("Quotes/determiners.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are capitalized only because they open a sentence or a clause, never part of a name.</summary>
    public static readonly HashSet<string> FunctionWords = Lexicon.WordSet("Quotes/sentence-initial-words.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Month names, their abbreviations and weekday names (Resources/Dates).</summary>
    public static readonly HashSet<string> Months = new(
        [.. Lexicon.Words("Dates/month-names.txt"), .. Lexicon.Words("Dates/month-abbreviations.txt"), .. Lexicon.Words("Dates/weekday-names.txt")],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the speech verb.</summary>
    public static readonly HashSet<string> VerbModifiers = Lexicon.WordSet("Quotes/verb-modifiers.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case role nouns that can stand for a speaker ("the president", "an official").</summary>
    public static readonly HashSet<string> RoleNouns = Lexicon.WordSet("Quotes/role-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Role nouns that stand for someone the text does not name ("the source"): never resolved to a name.</summary>
    public static readonly HashSet<string> AnonymousRoles = Lexicon.SubsetWordSet("Quotes/anonymous-roles.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for what someone said, for "His first words were: “…”".</summary>
    public static readonly HashSet<string> SpeechNouns = Lexicon.WordSet("Quotes/speech-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns for a written source, for "From a … report:".</summary>
    public static readonly HashSet<string> SourceNouns = Lexicon.WordSet("Quotes/source-nouns.txt", StringComparer.OrdinalIgnoreCase);

    public static bool IsTitle(string word)
    {
        string w = word.TrimEnd('.');
        if (w.StartsWith("then-", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ex-", StringComparison.OrdinalIgnoreCase)
            || w.Equals("former", StringComparison.OrdinalIgnoreCase) || w.Equals("acting", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Titles.Contains(w);
    }

    private static HashSet<string> Load(string fileName) => Lexicon.WordSet("Quotes/" + fileName, StringComparer.OrdinalIgnoreCase);
}
