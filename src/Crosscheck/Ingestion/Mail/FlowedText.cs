using System.Text;

namespace Crosscheck.Ingestion.Mail;

/// <summary>format=flowed text (RFC 3676): a line ending in a space continues on the next line.</summary>
internal static class FlowedText
{
    public static string Unflow(string text, bool delsp)
    {
        var sb = new StringBuilder(text.Length);
        foreach (string raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            string line = raw.StartsWith(' ') ? raw[1..] : raw;
            bool soft = line.EndsWith(' ') && line != "-- ";
            if (soft)
            {
                sb.Append(delsp ? line[..^1] : line);
            }
            else
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }
}
