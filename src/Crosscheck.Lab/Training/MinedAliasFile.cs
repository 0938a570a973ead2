using System.Globalization;
using System.Text;

namespace Crosscheck.Lab.Training;

/// <summary>The text of Resources/Entities/mined-aliases.tsv: a header naming how it was made, then one alias group per line (tab-separated names).</summary>
public static class MinedAliasFile
{
    public static string Format(IReadOnlyList<IReadOnlyList<string>> groups, string corpus, int texts, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var sb = new StringBuilder();
        sb.Append("# Alias groups mined by `crosscheck train aliases --data ").Append(corpus).Append("` (src/Crosscheck.Lab/Training/AliasMiner.cs)\n");
        sb.Append(CultureInfo.InvariantCulture, $"# from {texts} news texts of {corpus} on {date:yyyy-MM-dd}; regenerate with the same command (deterministic).\n");
        sb.Append("# One group per line: names stated to be one entity (\"X, also known as Y\", \"Long Name (ACR)\"…), tab-separated.\n");
        foreach (IReadOnlyList<string> g in groups)
        {
            sb.Append(string.Join('\t', g)).Append('\n');
        }

        return sb.ToString();
    }
}
