using System.Text.RegularExpressions;
using Crosscheck.Kinds.Entities;

namespace Crosscheck.Lab.Training;

/// <summary>
/// The tokens of one text for <see cref="AliasMiner"/> (words with inner apostrophes, hyphens and dots;
/// every other non-space character alone), and the reading of capitalized names forward and backward.
/// </summary>
internal sealed partial class AliasTokens
{
    private const int MaxNameWords = 8;

    /// <summary>Lowercase words allowed inside a name between capitalized words ("Bureau of Investigation", "al-Qaeda in the …").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "for", "in", "on", "and", "de", "del", "da", "du", "la", "le", "van", "von", "der" };

    private static readonly HashSet<string> SentenceEnds = new(StringComparer.Ordinal) { ".", "!", "?", ";", ":", "\"", "“", "”" };

    private readonly List<string> _tokens = [];

    public AliasTokens(string text)
    {
        foreach (Match m in TokenRegex().Matches(text))
        {
            _tokens.Add(m.Value);
        }
    }

    public int Count => _tokens.Count;

    public string this[int i] => _tokens[i];

    public bool IsSentenceEnd(int i) => SentenceEnds.Contains(_tokens[i]);

    public bool IsLowerWord(int i) => _tokens[i].Length > 0 && char.IsLower(_tokens[i][0]) && !IsCapitalized(i);

    /// <summary>True for a word starting with a capital letter or digit-free "al-Name" (a lowercase particle before a capitalized part).</summary>
    public bool IsCapitalized(int i)
    {
        string t = _tokens[i];
        if (t.Length == 0 || !char.IsLetter(t[0]))
        {
            return false;
        }

        if (char.IsUpper(t[0]))
        {
            return true;
        }

        int hyphen = t.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < t.Length && char.IsUpper(t[hyphen + 1]) && EntityLexicon.Instance.Particles.Contains(t[..(hyphen + 1)]);
    }

    /// <summary>True at the first token of a sentence (the text's start, or after a sentence end or a line break token).</summary>
    public bool IsSentenceStart(int i) => i == 0 || IsSentenceEnd(i - 1);

    /// <summary>
    /// The capitalized name starting at <paramref name="start"/> (after a leading "the", "a" or "an"), as token
    /// indices [first, end); empty when none. A possessive word ends the name before it.
    /// </summary>
    public (int First, int End) ReadForward(int start)
    {
        int i = start;
        if (i < _tokens.Count && _tokens[i] is "the" or "a" or "an")
        {
            i++;
        }

        int first = i, lastCap = -1;
        bool ofSeen = false;
        while (i < _tokens.Count && i - first < MaxNameWords)
        {
            if (IsCapitalized(i) && !IsPossessive(i))
            {
                lastCap = i;
                i++;
            }
            else if (lastCap >= 0 && Connectors.Contains(_tokens[i]) && (_tokens[i] != "and" || ofSeen) && i + 1 < _tokens.Count
                && (IsCapitalized(i + 1) || _tokens[i + 1] == "the" && i + 2 < _tokens.Count && IsCapitalized(i + 2)))
            {
                ofSeen |= _tokens[i] is "of" or "for" or "in";
                i++;
            }
            else
            {
                break;
            }
        }

        return lastCap < 0 ? (first, first) : (first, lastCap + 1);
    }

    /// <summary>The capitalized name ending at <paramref name="last"/> (inclusive), as token indices [first, end); empty when none.</summary>
    public (int First, int End) ReadBackward(int last)
    {
        int i = last, firstCap = -1;
        while (i >= 0 && last - i < MaxNameWords)
        {
            if (IsCapitalized(i) && !(IsPossessive(i) && i != last))
            {
                firstCap = i;
                i--;
            }
            else if (firstCap >= 0 && Connectors.Contains(_tokens[i]) && CapitalizedBefore(i))
            {
                i--;
            }
            else
            {
                break;
            }
        }

        if (firstCap < 0 || IsPossessive(last))
        {
            return (last + 1, last + 1);
        }

        // A capitalized function word ("The", "However") starts a sentence, not the name.
        while (firstCap <= last && char.IsUpper(_tokens[firstCap][0]) && !IsAllCaps(firstCap)
            && EntityLexicon.Instance.FunctionWords.Contains(_tokens[firstCap]))
        {
            firstCap++;
        }

        while (firstCap <= last && Connectors.Contains(_tokens[firstCap]))
        {
            firstCap++;
        }

        return (firstCap, last + 1);
    }

    public string Text(int first, int end) => string.Join(' ', _tokens.Skip(first).Take(end - first));

    public IEnumerable<string> Words(int first, int end) => _tokens.Skip(first).Take(end - first);

    public bool IsAllCaps(int i) => _tokens[i].Length >= 2 && _tokens[i].All(c => char.IsUpper(c) || c is '.' or '-') && _tokens[i].Any(char.IsLetter);

    /// <summary>True when a capitalized word stands before connector <paramref name="i"/>, maybe across one more connector ("of the").</summary>
    private bool CapitalizedBefore(int i)
    {
        int j = i - 1;
        if (j >= 0 && Connectors.Contains(_tokens[j]))
        {
            j--;
        }

        return j >= 0 && IsCapitalized(j) && !IsPossessive(j);
    }

    private bool IsPossessive(int i) => _tokens[i].EndsWith("'s", StringComparison.Ordinal) || _tokens[i].EndsWith("’s", StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex TokenRegex();
}
