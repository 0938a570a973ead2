using System.Globalization;
using System.Text;
using Crosscheck.Model;

namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>
/// A brat stand-off annotation file: text-bound spans and events. Lines of other kinds (notes "#",
/// attributes "A", relations "R") are skipped when read and never written.
/// </summary>
public sealed record BratDocument(IReadOnlyList<BratSpan> Spans, IReadOnlyList<BratEvent> Events)
{
    public static BratDocument Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var spans = new List<BratSpan>();
        var events = new List<BratEvent>();
        foreach (string raw in content.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            string[] parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            if (line.StartsWith('T') && ParseSpan(parts[0], parts[1]) is { } span)
            {
                spans.Add(span);
            }
            else if (line.StartsWith('E') && ParseEvent(parts[0], parts[1]) is { } ev)
            {
                events.Add(ev);
            }
        }

        return new BratDocument(spans, events);
    }

    /// <summary>The file text: one "T" line per span (with its covered text, fragments joined by a space) and one "E" line per event.</summary>
    public string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        foreach (BratSpan s in Spans)
        {
            string offsets = string.Join(';', s.Fragments.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Start} {f.End}")));
            string covered = string.Join(' ', s.Fragments.Select(f => f.Slice(text).Replace('\n', ' ')));
            sb.Append(s.Id).Append('\t').Append(s.Label).Append(' ').Append(offsets).Append('\t').Append(covered).Append('\n');
        }

        foreach (BratEvent e in Events)
        {
            sb.Append(e.Id).Append('\t').Append(e.Type).Append(':').Append(e.Trigger);
            foreach (KeyValuePair<string, string> a in e.Arguments)
            {
                sb.Append(' ').Append(a.Key).Append(':').Append(a.Value);
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static BratSpan? ParseSpan(string id, string field)
    {
        int space = field.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0)
        {
            return null;
        }

        var fragments = new List<TextSpan>();
        foreach (string piece in field[(space + 1)..].Split(';'))
        {
            string[] se = piece.Trim().Split(' ');
            if (se.Length != 2
                || !int.TryParse(se[0], NumberStyles.None, CultureInfo.InvariantCulture, out int start)
                || !int.TryParse(se[1], NumberStyles.None, CultureInfo.InvariantCulture, out int end)
                || end < start)
            {
                return null;
            }

            fragments.Add(new TextSpan(start, end));
        }

        fragments.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new BratSpan(id, field[..space], fragments);
    }

    private static BratEvent? ParseEvent(string id, string field)
    {
        string[] items = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (items.Length == 0 || items[0].Split(':') is not [{ } type, { } trigger])
        {
            return null;
        }

        var arguments = new List<KeyValuePair<string, string>>();
        foreach (string item in items.Skip(1))
        {
            int colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                arguments.Add(new KeyValuePair<string, string>(item[..colon], item[(colon + 1)..]));
            }
        }

        return new BratEvent(id, type, trigger, arguments);
    }
}
