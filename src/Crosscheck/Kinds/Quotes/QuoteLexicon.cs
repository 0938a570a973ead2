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

    public static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };

    public static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its" };

    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "to", "for", "in", "on", "at", "with", "from", "by", "against", "about", "into", "toward", "towards",
        "than", "over", "under", "between", "among", "through", "after", "before", "during", "without", "upon", "near",
    };

    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your",
    };

    /// <summary>Words that are capitalized only because they open a sentence or a clause, never part of a name.</summary>
    public static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "as", "but", "and", "or", "nor", "on", "in", "at", "to", "of", "for", "from", "with", "by",
        "according", "again", "when", "while", "if", "after", "before", "since", "yet", "so", "this", "that", "these",
        "those", "there", "here", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its",
        "my", "your", "what", "why", "how", "who", "whom", "which", "where", "meanwhile", "however", "still", "now",
        "then", "some", "many", "most", "both", "even", "also", "only", "just", "instead", "despite", "although",
        "though", "because", "whether", "not", "no", "all", "any", "each", "every", "other", "another", "such",
        "echoing", "speaking", "asked", "unlike", "like", "until", "once", "during", "amid", "among", "against",
        "further", "furthermore", "moreover", "indeed", "already", "obviously", "clearly", "ominously", "strangely",
        "first", "second", "third", "finally", "later", "earlier", "today", "yesterday", "tomorrow", "is", "was",
        "are", "were", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "may",
        "might", "must", "let", "did", "mind", "keep", "given", "read", "check", "together", "inside", "outside",
        "under", "above", "below", "near", "around", "behind", "beyond", "within", "across", "along", "via", "per",
        "thanks", "update", "updated", "breaking", "watch", "photo", "video", "source", "sources", "exclusive", "about",
    };

    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the speech verb.</summary>
    public static readonly HashSet<string> VerbModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "then", "later", "again", "once", "still", "has", "have", "had", "was", "were", "is", "are", "would",
        "will", "been", "being", "did", "does", "do", "not", "never", "just", "first", "heard", "quoted", "as", "even",
        "further", "already", "too", "soon", "had", "once", "went", "on", "to", "himself", "herself", "themselves",
    };

    /// <summary>Lower-case role nouns that can stand for a speaker ("the president", "an official").</summary>
    public static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief", "head",
        "leader", "adviser", "advisor", "director", "chairman", "chair", "secretary", "ambassador", "commander",
        "general", "senator", "governor", "mayor", "deputy", "officer", "analyst", "expert", "professor", "author",
        "editor", "founder", "member", "interrogator", "witness", "source", "sources", "prosecutor", "lawyer",
        "attorney", "judge", "diplomat", "correspondent", "reporter", "columnist", "researcher", "man", "woman",
        "statement", "veteran", "colleague", "friend", "ally", "critic", "agency", "ministry", "embassy", "committee",
        "employee", "employees", "worker", "workers", "resident", "residents", "insider", "insiders", "police", "neighbour",
        "neighbor", "eyewitness", "eyewitnesses", "witnesses", "aide", "aides", "staffer", "representative", "investigator",
        "investigators", "authorities", "activist", "activists", "relative", "relatives", "doctor", "doctors", "scientist",
        "scientists", "manager", "owner", "person", "user", "fan", "survivor", "student", "teacher",
    };

    /// <summary>Role nouns that stand for someone the text does not name ("the source"): never resolved to a name.</summary>
    public static readonly HashSet<string> AnonymousRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "source", "sources", "insider", "insiders", "witness", "eyewitness", "witnesses", "eyewitnesses", "resident",
        "residents", "employee", "employees", "worker", "workers", "official", "officials", "police", "authorities",
        "person", "user", "fan", "man", "woman", "neighbour", "neighbor", "investigators",
    };

    /// <summary>Nouns for what someone said, for "His first words were: “…”".</summary>
    public static readonly HashSet<string> SpeechNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "words", "message", "statement", "remarks", "response", "reply", "answer", "comment", "comments", "advice",
        "verdict", "tweet", "post", "warning", "explanation", "conclusion", "view", "argument", "reaction", "speech",
    };

    /// <summary>Nouns for a written source, for "From a … report:".</summary>
    public static readonly HashSet<string> SourceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "report", "piece", "story", "op-ed", "editorial", "study", "paper", "analysis", "column", "essay",
        "book", "statement", "document", "memo", "interview", "account", "review", "blog", "letter", "post", "summary",
    };

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
