namespace Crosscheck.Annotation;

/// <summary>Abbreviations after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and abbreviations that are normally followed by a name or a number.</summary>
    public static readonly HashSet<string> NonTerminal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm",
        "Sgt", "Cpl", "Pvt", "Gens", "Sens", "Reps", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Det", "Atty",
        "St", "Mt", "Ft", "No", "Nos", "Vol", "vs", "v", "etc", "cf", "approx", "Inc", "Corp", "Ltd", "Co", "Bros",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "est", "fig", "al", "Jr", "Sr", "p", "pp", "ca",
    };

    /// <summary>Words that usually begin a sentence; after a dotted acronym they signal a boundary.</summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
        "And", "In", "On", "At", "As", "If", "When", "While", "Yet", "So", "There", "Its", "His", "Her", "Their",
        "Our", "My", "After", "Before", "Since", "Meanwhile", "However", "Still", "Now", "Then", "What", "Why",
        "How", "Who", "Some", "Many", "Most", "For", "Officials", "Both",
    };
}
