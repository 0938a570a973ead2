namespace Crosscheck.Ingestion.Mail;

/// <summary>Quoted-printable decoding (RFC 2045 §6.7), lenient: a malformed "=" sequence is kept as written.</summary>
internal static class QuotedPrintable
{
    /// <summary>Decodes a body whose characters are bytes (Latin-1 string) into bytes.</summary>
    public static byte[] Decode(string body, bool underscoreIsSpace = false)
    {
        var bytes = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '=')
            {
                // Soft line break: "=" at the end of a line (trailing blanks allowed).
                int j = i + 1;
                while (j < body.Length && body[j] is ' ' or '\t')
                {
                    j++;
                }

                if (j < body.Length && body[j] is '\r' or '\n')
                {
                    i = body[j] == '\r' && j + 1 < body.Length && body[j + 1] == '\n' ? j + 1 : j;
                    continue;
                }

                if (j >= body.Length)
                {
                    break;
                }

                if (i + 2 < body.Length && IsHex(body[i + 1]) && IsHex(body[i + 2]))
                {
                    bytes.Add((byte)((Hex(body[i + 1]) << 4) | Hex(body[i + 2])));
                    i += 2;
                    continue;
                }
            }

            bytes.Add(underscoreIsSpace && c == '_' ? (byte)' ' : (byte)(c & 0xFF));
        }

        return bytes.ToArray();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int Hex(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
