using System.Text.RegularExpressions;
using Crosscheck.Kinds.Numbers;
using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.NewsQuant;

/// <summary>
/// Runs our <see cref="QuantityRecognizer"/> (the one <c>crosscheck analyze</c> uses) on a sentence and writes each
/// amount in NewsQuant's terms. Only the format is converted here; what counts as an amount, its value, range,
/// qualifier and direction all come from the recognizer.
/// <list type="bullet">
/// <item>Amounts are counts, percentages, money, measurements and fractions (<see cref="Quantity.IsAmount"/>);
/// years, dates, clock times, ordinals, ages and labels are not quantities.</item>
/// <item>Change: the qualifier as written (about and nearly "~", at least and more than "&gt;", at most, fewer than
/// and up to "&lt;"); with none, a rise or fall (<see cref="Quantity.Direction"/>) is "up" or "down", else "=".</item>
/// <item>Value: a vague word ("dozens", "tens of thousands") is written as NewsQuant writes it, the range from its
/// unit to ten times its unit (<see cref="Quantity.VagueMagnitude"/>).</item>
/// <item>A change "from X to Y" (<see cref="Quantity.From"/>) is written as NewsQuant writes it, one range X-Y in the
/// order written ("from 4.8 to 4.7 percent" is 4.8-4.7), instead of two amounts.</item>
/// <item>Unit: the recognizer's unit and its NewsQuant-style name; for a count, the noun after it.</item>
/// </list>
/// </summary>
public static partial class NewsQuantTagger
{
    public static NewsQuantSentence Tag(string sentence)
    {
        var quantities = new List<NewsQuantQuantity>();
        IReadOnlyList<Quantity> found = QuantityRecognizer.Recognize(sentence);
        var starts = found.Where(q => q.From is not null).Select(q => q.From!).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (Quantity q in found)
        {
            if (!q.IsAmount || starts.Contains(q))
            {
                continue;
            }

            (string unit, string name) = Unit(sentence, q);
            quantities.Add(new NewsQuantQuantity(Value(q).ToString(), Change(q), unit, name));
        }

        return new NewsQuantSentence(sentence, quantities);
    }

    /// <summary>The NewsQuant value: a change from X to Y is the range X-Y; NewsQuant writes a vague word as the decade above its unit ("dozens" 12-120, "millions" 1e6-1e7).</summary>
    public static NewsQuantValue Value(Quantity q) =>
        q.From is { } from ? new NewsQuantValue(from.Value, q.Value)
        : q.IsVague && q.VagueMagnitude is { } m ? new NewsQuantValue(m, 10 * m) : new NewsQuantValue(q.Value, q.High);

    /// <summary>The NewsQuant change label of a quantity: a written qualifier first ("up about 19%" is "~"), then a rise or fall.</summary>
    public static string Change(Quantity q) => q.WrittenQualifier switch
    {
        Qualifier.About or Qualifier.Nearly => "~",
        Qualifier.AtLeast or Qualifier.MoreThan => ">",
        Qualifier.AtMost or Qualifier.FewerThan or Qualifier.UpTo => "<",
        _ => q.Direction switch
        {
            QuantityDirection.Up => "up",
            QuantityDirection.Down => "down",
            _ => "=",
        },
    };

    private static (string Unit, string Name) Unit(string sentence, Quantity q)
    {
        if (q.Unit is { } u)
        {
            string name = UnitNames.TryGetValue(u, out string? known) ? known : u.ToLowerInvariant();
            Match per = PerAfter().Match(sentence, q.Span.End);
            return per.Success ? ($"{u} per {per.Groups[1].Value}", $"{name} per {Singular(per.Groups[1].Value)}") : (u, name); // "$10 per gram", "$3,500 a month"
        }

        // A count's unit is the noun it counts: of the (up to three) words after it before a function word, the first plural
        // ("300 recorded songs were"), else the first.
        Match words = NounAfter().Match(sentence, q.Span.End);
        if (!words.Success)
        {
            return ("-", "-");
        }

        CaptureCollection run = words.Groups["w"].Captures;
        string head = run.FirstOrDefault(c => c.Value.EndsWith('s') && !c.Value.EndsWith("ss", StringComparison.Ordinal))?.Value ?? run[0].Value;
        return (head, Singular(head).ToLowerInvariant());
    }

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.EndsWith("uses", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal) ? word[..^2]
        : word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    // NewsQuant's names of the units of Resources/Numbers/units.txt (those that differ from the unit itself).
    private static readonly Dictionary<string, string> UnitNames = new(StringComparer.Ordinal)
    {
        ["%"] = "percentage", ["USD"] = "dollar", ["EUR"] = "euro", ["GBP"] = "pound sterling", ["RUB"] = "rouble",
        ["JPY"] = "japanese yen", ["CNY"] = "yuan", ["INR"] = "rupee", ["km"] = "kilometre", ["m"] = "metre",
        ["cm"] = "centimetre", ["km2"] = "square kilometre", ["kg"] = "kilogram", ["pound"] = "pound-mass",
        ["km/h"] = "kilometre per hour", ["mph"] = "mile per hour",
    };

    private const string FunctionWords = "the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|were|was|is|are|be|been|have|has|had|who|that|which|while|during|than|as|into|per|it|they|he|she|we|this|these|those|its|their|his|her|said|says|will|would|could|can|may|not|more|less|since|after|before|over|under|about|out|up|down";

    [GeneratedRegex(@"\G(?:\s+of)?(?:[\s-]+(?!(?:" + FunctionWords + @")\b)(?<w>[\p{L}][\p{L}'’-]*)){1,3}", RegexOptions.IgnoreCase)]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"\G\s+(?:per|a|an)\s+(\p{Ll}+)\b")]
    private static partial Regex PerAfter();
}
