using System.Text.RegularExpressions;
using Crosscheck.Kinds.Numbers;

namespace Crosscheck.Kinds.Dates;

/// <summary>
/// The regular expressions of <see cref="TemporalRecognizer"/>. Month and weekday names are matched
/// case-sensitively (capitalized), so that "march" or "may" as verbs are not dates; other words are
/// case-insensitive. Where a pattern has a group named "x", that group is the expression's span;
/// otherwise the whole match is, extended to the left over the words its builder names (a modifier or a
/// count captured in a lookbehind). Patterns start at a rare, specific token (a capitalized name, a digit,
/// "ago") and check the words before it with lookbehinds, so the regex engine can skip most of the text.
/// </summary>
internal static partial class TemporalPatterns
{
    private const string Month =
        @"(?<mon>(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)" +
        // Wire datelines and captions in capitals: "MARCH 3, 2019", "PORTVILLE, DEC 6".
        @"|(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)(?:\.|\b))";

    private const string WeekdayNames = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /// <summary>A weekday name, unless it names a newspaper or a custom ("the Sunday Times", "Friday prayers").</summary>
    private const string Weekday = "(?<wd>" + WeekdayNames + @")\b(?!\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Star|Independent|Tribune|Review|Sport|Night\s+Football|prayers?|sermons?)\b)";

    /// <summary>An optional weekday before a date ("Friday, March 22"), absorbed into the date's span.</summary>
    private const string WeekdayPrefix =
        @"(?:(?:" + WeekdayNames + @"|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?),?\s+)?";

    private const string Day = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\dA-Za-z])";

    /// <summary>The end of a range of days written with a dash, right after the first day ("3-4", "3–4"): part of the date's span.</summary>
    private const string DayRangeEnd = @"(?:[-–](?<dayEnd>3[01]|[12]\d|0?[1-9])(?![\dA-Za-z]|[.,]\d))?";

    private const string Year = @"(?<year>1\d{3}|20\d{2}|2100)(?!\d|[,.]\d)";

    private const string Num =
        @"(?:\d{1,3}|(?:" + NumberWords.TensPattern + @")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|" + NumberWords.UnitPattern + ")";

    private const string EdgeMod = @"(?<mod>(?i:early|late|mid))";

    /// <summary>Words after a year-like number (or after a range it starts) that show it is a count, not a year.</summary>
    private const string YearTail =
        @"(?!(?:\s*(?i:to|and|or|-|–)\s*[\d,.]+)?(?:\s*%|\s+(?i:percent|per\s+cent|people|persons|residents|troops|soldiers|civilians|victims|men|women|children|dollars|euros|pounds|rubles|roubles|km|kilometres|kilometers|miles|metres|meters|feet|tons|tonnes|households|homes|cases|votes|members|fighters|workers|employees|students|deaths|units|times)\b))";

    /// <summary>Words of approximation that TimeML keeps in a duration's span: "nearly", "more than", "at least".</summary>
    private const string Approximation = @"no\s+more\s+than|no\s+less\s+than|nearly|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to";

    private const string TemporalPreposition =
        @"(?i:in|since|by|until|till|from|during|through|throughout|before|after|of|around|circa|between|as\s+of)";

    [GeneratedRegex(@"(?<![\d-])(?<year>[12]\d{3})-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\d-])")]
    internal static partial Regex IsoDate();

    /// <summary>"22 March 2024", "On 7 March", "the 3rd of May".</summary>
    [GeneratedRegex(@"(?<![\d.,])\b" + WeekdayPrefix + Day + @"\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + YearTail + ")?")]
    internal static partial Regex DayMonthYear();

    /// <summary>"April 01, 2024", "March 7th", "Mar. 28, 2024", "Mar 28", "March 3-4" (a range of days, dated by its first).</summary>
    /// <remarks>A date line in capitals may follow a lower-case word with no space where a line break was lost in
    /// extraction ("… Storm Warning for the CoastJAN. 9, 2019"): the change of case is its word boundary.</remarks>
    [GeneratedRegex(@"(?:\b|(?<=\p{Ll})(?=\p{Lu}{3}))" + WeekdayPrefix + Month + @"\s+(?:the\s+)?" + Day + DayRangeEnd + @"(?![:.,]\d|\s*%)(?:,?\s+" + Year + YearTail + ")?")]
    internal static partial Regex MonthDayYear();

    /// <summary>"August 2021", "early March 2016".</summary>
    [GeneratedRegex(@"(?:(?<=\b" + EdgeMod + @"[\s-]+))?" + Month + @",?\s+(?:of\s+)?" + Year + YearTail)]
    internal static partial Regex MonthYear();

    /// <summary>A month without day or year, after a temporal word: "in March", "since mid-March", "last May".</summary>
    [GeneratedRegex(@"(?<=\b(?<pre>(?i:in|since|by|until|till|from|during|through|throughout|before|after|early|late|mid|earlier|later|last|this|next|end\s+of|beginning\s+of))[\s-]+(?:" + EdgeMod + @"[\s-]+)?)" + Month + @"(?!\s*\d|\s+of\s+\d)")]
    internal static partial Regex MonthAlone();

    /// <summary>A year after a temporal preposition: "in 1999", "since 2014", "by late 2023", "of 2021".</summary>
    [GeneratedRegex(@"(?<=\b" + TemporalPreposition + @"\s+(?:(?i:the\s+year)\s+)?(?:" + EdgeMod + @"[\s-]+)?)" + Year + YearTail)]
    internal static partial Regex PrepositionYear();

    /// <summary>A year with an edge modifier: "early 2023", "late-2014".</summary>
    [GeneratedRegex(@"(?<=(?<![\w-])" + EdgeMod + @"[\s-]+)" + Year + YearTail)]
    internal static partial Regex ModifiedYear();

    /// <summary>The second year of a range: "between 1995 and 1998", "from 2012 (at least) until 2014".</summary>
    [GeneratedRegex(@"(?<=\b(?i:between|from)\s+[12]\d{3}(?:\s*\([^)]{0,20}\))?\s*(?i:and|to|until|till|through|-|–)\s*)" + Year + YearTail)]
    internal static partial Regex RangeEndYear();

    /// <summary>A year after a possessive: "the country's 2015 budget".</summary>
    [GeneratedRegex(@"(?<=\w(?:’s|'s)\s)" + Year + @"(?=\s+[a-z])" + YearTail)]
    internal static partial Regex PossessiveYear();

    /// <summary>"the 1990s", "the early 2000s", "the '90s".</summary>
    [GeneratedRegex(@"(?:(?<=(?<the>\b(?i:the))\s+(?:" + EdgeMod + @"[\s-]+)?)|(?<=\b" + EdgeMod + @"[\s-]+))?(?<![\w'’])(?:(?<dec>1\d{2}0|20\d0)(?:’|')?s|(?:’|')(?<dec2>\d0)s)\b")]
    internal static partial Regex Decade();

    /// <summary>"last Saturday", "on Monday", "late Friday", "Friday night", "mid Saturday".</summary>
    [GeneratedRegex(@"(?<!(?:Good|Black|Cyber|Super|Bloody|Ash|Palm|Easter|Holy|Maundy|Blue)\s)(?:(?<=\b(?<rel>(?i:last|this|next|past|coming))\s+)|(?<=\b" + EdgeMod + @"[\s-]+))?\b" + Weekday + @"(?:’s|'s)?(?:\s+(?<pod>(?i:morning|afternoon|evening|night))\b)?")]
    internal static partial Regex WeekdayExpression();

    /// <summary>"yesterday", "today", "tonight", "tomorrow morning", "the day before yesterday".</summary>
    [GeneratedRegex(@"\b(?<x>(?i:(?:(?:late|early|earlier|later|mid-afternoon|mid-morning)\s+(?=yesterday|today|tomorrow))?(?<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow)(?:\s+(?<pod>morning|afternoon|evening|night))?))\b")]
    internal static partial Regex RelativeDay();

    /// <summary>"this morning", "last night".</summary>
    [GeneratedRegex(@"\b(?<x>(?i:(?<rel>this|last)\s+(?<pod>morning|afternoon|evening|night)))\b")]
    internal static partial Regex RelativePartOfDay();

    /// <summary>"last year", "this month", "earlier this month", "early this year", "later in the week", "next summer".</summary>
    [GeneratedRegex(@"(?i:(?:(?<=\b(?<edge>earlier|later|early|late|mid|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+))?(?:(?<=\b(?<the>the)\s+))?\b(?<rel>last|this\s+past|this|next|previous|coming|past)\s+(?<unit>week|weekend|month|year|decade|century|summer|winter|spring|autumn|fall)|(?<=\b(?<edge>earlier|later)\s+)in\s+the\s+(?<unit>week|month|year))\b")]
    internal static partial Regex RelativeUnit();

    /// <summary>"two days ago", "a week ago", "weeks ago", "nearly two years ago".</summary>
    [GeneratedRegex(@"(?i:(?<=\b(?:(?<q>" + Approximation + @"|about|almost)\s+)?(?:(?<n>" + Num + @"|an?|a\s+few|several|few|some|many)[\s-]+)?(?<unit>days?|weeks?|months?|years?|decades?)\s+)ago)\b")]
    internal static partial Regex Ago();

    /// <summary>"two days earlier", "a week later": relative to the date mentioned before.</summary>
    [GeneratedRegex(@"(?i:(?<=\b(?<n>" + Num + @"|an?)[\s-]+(?<unit>days?|weeks?|months?|years?)\s+)(?<dir>earlier|later|afterwards?|before(?=\s*[,.;])|after(?=\s*[,.;])))")]
    internal static partial Regex AnchoredOffset();

    /// <summary>"the next day", "the day before,", "that day": relative to the date mentioned before.</summary>
    /// <summary>"the following year", "that month", "later that year": a year or month relative to the date mentioned before.</summary>
    [GeneratedRegex(@"\b(?<x>(?i:(?:(?:later|earlier)\s+)?(?<w>the\s+following|the\s+previous|the\s+preceding|that|the\s+same)\s+(?<unit>year|month)))\b(?!\s+(?:of|after|before|when|in)\b)")]
    internal static partial Regex AnchoredUnit();

    /// <summary>"the end of the year", "the beginning of the month": the edge of the reference year or month.</summary>
    [GeneratedRegex(@"(?i:\b(?<edge>the\s+(?:end|beginning|start|middle)\s+of)\s+the\s+(?<unit>year|month))\b")]
    internal static partial Regex EdgeOfUnit();

    /// <summary>Holidays of fixed date or rule: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Election Day".</summary>
    [GeneratedRegex(@"\b(?<x>(?:(?<rel>(?i:last|this|next))\s+)?(?<h>Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year(?:'s|’s)\s+(?:Day|Eve)|Election\s+Day|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Valentine(?:'s|’s)\s+Day|Halloween))\b")]
    internal static partial Regex Holiday();

    [GeneratedRegex(@"\b(?<x>(?i:(?<w>the\s+next\s+day|the\s+following\s+day|the\s+previous\s+day|the\s+day\s+before(?=\s*[,.;])|the\s+day\s+after(?=\s*[,.;])|the\s+same\s+day|that\s+same\s+day|that\s+day)))\b")]
    internal static partial Regex AnchoredDay();

    /// <summary>
    /// "two days", "18 months", "a decade", "52 hours", "the past two months", "the next few years or so",
    /// "nearly an hour", "the first nine months", "two quarters" (not "three quarters of").
    /// </summary>
    [GeneratedRegex(@"(?i:(?<=\b(?:(?<pre>(?:the\s+)?(?:(?:past|last|next|first|coming|previous|following|final|latest|same)\s+)|(?:" + Approximation + @")\s+))?(?:(?<range>" + Num + @")\s+(?:to|or)\s+)?(?<![\d/.,])(?<n>" + Num + @"(?:\s+(?:and\s+)?(?:a\s+)?half)?|\d+(?:\.\d+|\s+1/2)|an?|several|a\s+few|few|many|a\s+couple\s+of|a\s+couple|couple\s+of)[\s-]+)\b(?<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|quarters(?!\s+of\b)))\b(?![\s-]+(?i:ago|earlier|later|old)\b)(?<half>\s+and\s+a\s+half\b)?(?:\s+or\s+so\b)?")]
    internal static partial Regex Duration();

    /// <summary>"the nine months", "the six months": a count of units after a bare "the" (its span starts at "the").</summary>
    [GeneratedRegex(@"(?i:(?<=\b(?<pre>the)\s+(?<n>" + Num + @")[\s-]+)\b(?<unit>days|weeks|months|years|hours))\b(?![\s-]+(?i:ago|earlier|later|old)\b)")]
    internal static partial Regex TheDuration();

    /// <summary>"now", "currently", "recently", "the past", "the future": TimeML's PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    [GeneratedRegex(@"\b(?<x>(?i:(?<present>right\s+now|now|currently|these\s+days|nowadays)|(?<past>(?:more\s+|most\s+)?recently|the\s+past|lately)|(?<future>the\s+(?:near\s+|distant\s+)?future)))\b(?!-)")]
    internal static partial Regex Fuzzy();

    /// <summary>
    /// Quarters and halves of a year: "the third quarter", "third-quarter", "the fourth quarter of 1990", "the quarter",
    /// "the latest quarter", "the year-ago quarter", "this year's second quarter", "the first half of 1989",
    /// "the 1988 period", "year-earlier".
    /// </summary>
    [GeneratedRegex(@"(?i:\b(?<x>(?:(?<the>the)\s+(?!(?:fiscal[\s-]+)?(?:first|second|third|fourth)-quarter\b))?(?<mods>(?:(?:(?<rel>this|last|next)\s+year(?:'s|’s)|(?<year>1\d{3}|20\d{2})|(?<ago>(?:comparable\s+|same\s+)?year[\s-](?:ago|earlier))|(?<latest>latest|most\s+recent)|(?<current>current)|fiscal(?:\s+|-))\s*)*)(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?<unit>quarter|half|period)(?!-)(?:\s+of\s+(?<year2>1\d{3}|20\d{2})\b)?|(?<ago>year-(?:ago|earlier))(?!\s+(?:quarter|period|half))))\b")]
    internal static partial Regex Quarter();

    /// <summary>A count of units left unsaid after a preposition: "for years", "within weeks", "in months".</summary>
    [GeneratedRegex(@"(?i:(?<=\b(?:for|within|in|over)\s+)(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)\b(?![\s-]+(?:of|ago|before|after|old|later|earlier|to)\b))")]
    internal static partial Regex BareUnits();

    /// <summary>"recent years", "the coming months", "past decades": an unsaid count of units, its span taking the adjective.</summary>
    [GeneratedRegex(@"(?i:(?<=\b(?<pre>(?:the\s+)?(?:recent|coming|past|previous))\s+)(?<unit>days|weeks|months|years|decades|quarters)\b(?!\s+(?:of|ago)\b))")]
    internal static partial Regex RecentUnits();

    /// <summary>"the weekend": the last one, or the next one in a future clause.</summary>
    [GeneratedRegex(@"\b(?<x>(?i:the\s+(?<unit>weekend)))\b")]
    internal static partial Regex TheWeekend();

    /// <summary>A year in words: "nineteen ninety-six", "the year two thousand", "January nineteen ninety-seven".</summary>
    [GeneratedRegex(@"\b(?<x>(?:" + Month + @"\s+|(?i:the\s+year\s+))?(?i:(?<sy>nineteen[\s-](?:hundred\s+(?:and\s+)?)?(?:(?:" + NumberWords.TensPattern + @")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))|(?:(?<=\b(?:in|since|by|until|of)\s+)|(?<=\b(?i:the\s+year)\s+))(?<sy>two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)))\b(?!\s+[a-z]+s\b|-)")]
    internal static partial Regex SpelledYear();

    /// <summary>A month name alone, capitalized and not the start of a name ("October", not "June Carter"); "March" not at a sentence start, "May" never.</summary>
    [GeneratedRegex(@"(?<![\w.-])(?:(?<mon>January|February|April|June|July|August|September|October|November|December)|(?<![.!?""“]\s{1,3})(?<mon>March)(?!\s+(?:for|of|on|to|against|through|in)\b))\b(?!\s*\d|\s+[A-Z]|\s+of\s+\d|-|'s|’s)")]
    internal static partial Regex BareMonth();

    /// <summary>"the 20th century", "the nineteenth century", "the nineties".</summary>
    [GeneratedRegex(@"\b(?<x>(?:(?i:the)\s+)?(?:(?<ord>\d{1,2})(?:st|nd|rd|th)|(?<word>(?i:eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)))[\s-](?i:century)|(?i:the\s+(?:nineteen[\s-])?(?<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b(?!-)")]
    internal static partial Regex Century();

    /// <summary>A year written alone ("1990", "fiscal 1989"), unless a count, an amount or part of a number.</summary>
    /// <remarks>Before a plural noun ("1999 points"), only after a determiner or preposition ("the 1989 results").</remarks>
    [GeneratedRegex(@"(?<![\w$£€.,/:#-]|No\.\s?)(?:(?<=\b(?<fy>(?i:fiscal))\s+)|(?<=\b(?i:the|its|their|his|her|our|this|that|of|in|for|from|by|since|until|through)\s+))(?<year>1[89]\d{2}|20\d{2})(?![\w%]|[.,]\d|-\d|/\d)" + YearTail + @"|(?<![\w$£€.,/:#-]|No\.\s?)(?<year>1[89]\d{2}|20\d{2})(?![\w%]|[.,]\d|-\d|/\d)(?!\s+[a-z]+s\b)" + YearTail)]
    internal static partial Regex BareYear();

    /// <summary>"every day", "each year", "every other week", "daily", "every Friday".</summary>
    [GeneratedRegex(@"\b(?<x>(?i:(?:every|each)\s+(?:(?<n>other|" + Num + @")\s+)?(?<unit>days?|weeks?|months?|quarters?|years?|mornings?|afternoons?|evenings?|nights?|weekends?|hours?)|(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly))|(?i:every|each)\s+" + Weekday + @")\b")]
    internal static partial Regex Set();

    /// <summary>"8 p.m.", "10:30 am", "noon", "midnight", "at 14:30".</summary>
    [GeneratedRegex(@"(?<![\w.:])(?<x>(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|am\b|pm\b))|(?<=\b(?i:at|by|from|until|around)\s+)(?<h24>[01]?\d|2[0-3]):(?<min>[0-5]\d)(?!\d|:\d)|(?<named>(?i:noon|midnight|midday)\b))")]
    internal static partial Regex ClockTime();

    /// <summary>Words before or after an expression that put it in the future.</summary>
    /// <remarks>"is set for", "scheduled for", "due on" count unless after "was"/"were" (a plan that may be past).</remarks>
    [GeneratedRegex(@"\b(?:will|shall|won[’']t|is\s+(?:due|set|scheduled|expected|slated)\s+to|are\s+(?:due|set|scheduled|expected|slated)\s+to|to\s+be\s+held|plans?\s+to|planning\s+to|planned\s+to|going\s+to|upcoming|as\s+(?:soon|early)\s+as|(?:is|are)\s+to\s+(?!be\s+\w+ed\b)\w+|payable|effective|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+(?:for|on)|next\s+week|later\s+this\s+(?:week|month))\b|(?<!\b(?:was|were|had\s+been)\s+)\b(?:set|scheduled|slated|due|planned)\s+(?:for|on)\b|\w[’']ll\b", RegexOptions.IgnoreCase)]
    internal static partial Regex FutureCue();

    /// <summary>
    /// Words before an expression, only, that put it in the future: a verb of present intention ("they hope to open in
    /// June", "she aims to finish by May") and a date that a determiner and "planned", "proposed" or "forthcoming"
    /// modify ("a planned 2015 tour"). After an expression they mostly begin another clause ("said Monday that it
    /// intends to bid"), and "as planned" without a determiner looks back on a plan ("began as planned Saturday").
    /// </summary>
    [GeneratedRegex(@"\b(?:hopes?|hoping|intends?|intending|aims?|aiming)\s+to\b|\b(?:a|an|the|its|their|his|her|our|this|next)\s+(?:planned|proposed|forthcoming|prospective)\s+$", RegexOptions.IgnoreCase)]
    internal static partial Regex IntentionBefore();
}
