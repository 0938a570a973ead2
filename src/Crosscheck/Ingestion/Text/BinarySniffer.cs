namespace Crosscheck.Ingestion.Text;

/// <summary>Recognises files that are not text, from their first 8 KB.</summary>
internal static class BinarySniffer
{
    public const int SampleBytes = 8192;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or office document"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy office document"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
    ];

    /// <summary>The reason the file is binary, or null when it looks like text (UTF-16 and UTF-32 count as text).</summary>
    public static string? BinaryReason(ReadOnlySpan<byte> bytes)
    {
        ReadOnlySpan<byte> head = bytes[..Math.Min(bytes.Length, SampleBytes)];
        foreach ((byte[] magic, string kind) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return $"binary file ({kind}), skipped";
            }
        }

        if (TextDecoder.DetectBom(head).Encoding is not null || TextDecoder.LooksLikeUtf16(head, out _))
        {
            return null;
        }

        int controls = 0;
        foreach (byte b in head)
        {
            if (b == 0)
            {
                return "binary file (contains NUL bytes), skipped";
            }

            if (b is < 0x20 and not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B or 0x7F)
            {
                controls++;
            }
        }

        return head.Length > 0 && controls > head.Length * 0.1
            ? $"binary file ({controls * 100 / head.Length}% control characters), skipped"
            : null;
    }
}
