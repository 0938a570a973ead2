using System.Text;

namespace Crosscheck.Ingestion.Text;

/// <summary>
/// The last step of reading: line endings to \n, Unicode to NFC, control characters and stray
/// byte-order marks removed, trailing spaces cut from each line, blank lines at both ends dropped.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                c = '\n';
            }
            else if (c is '\u2028' or '\u2029')
            {
                c = '\n';
            }

            if (c == '\n')
            {
                TrimEnd(sb, lineStart);
                sb.Append('\n');
                lineStart = sb.Length;
            }
            else if (c == '\t')
            {
                sb.Append(c);
            }
            else if (char.IsControl(c) || c == '\uFEFF')
            {
                if (c is '\f' or '\v')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        TrimEnd(sb, lineStart);
        return Nfc.Normalize(sb.ToString().Trim('\n', ' ', '\t'));
    }

    private static void TrimEnd(StringBuilder sb, int lineStart)
    {
        while (sb.Length > lineStart && sb[^1] is ' ' or '\t')
        {
            sb.Length--;
        }
    }
}
