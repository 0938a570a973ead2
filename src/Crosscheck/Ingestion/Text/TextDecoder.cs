using System.Text;

namespace Crosscheck.Ingestion.Text;

/// <summary>
/// Turns bytes into text: a byte-order mark wins, then a declared charset (HTML meta, MIME, XML),
/// then UTF-16 recognised by its zero-byte pattern (ASCII in UTF-16 is also valid UTF-8), then strict UTF-8, else Windows-1252.
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    public static Encoding Windows1252 { get; }

    /// <summary>Decodes <paramref name="bytes"/>, honouring <paramref name="declaredCharset"/> when it names a known encoding.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        (Encoding? bomEncoding, int bomLength) = DetectBom(bytes);
        if (bomEncoding is not null)
        {
            return new DecodedText(bomEncoding.GetString(bytes[bomLength..]), bomEncoding, "BOM");
        }

        Encoding? declared = ResolveCharset(declaredCharset);
        if (declared is not null && !IsUtf16(declared) && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(declared.GetString(bytes), declared, "declared");
        }

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            Encoding utf16 = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return new DecodedText(utf16.GetString(bytes), utf16, "UTF-16 pattern");
        }

        if (TryStrictUtf8(bytes, out string? utf8))
        {
            return new DecodedText(utf8, Encoding.UTF8, declared is null ? "UTF-8" : "declared");
        }

        return new DecodedText(Windows1252.GetString(bytes), Windows1252, FallbackHow);
    }

    /// <summary>How a text read as Windows-1252 because its bytes are not UTF-8 was decoded (<see cref="DecodedText.How"/>).</summary>
    public const string FallbackHow = "Windows-1252 fallback";

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or −1 when all are.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        char[] buffer = new char[4096];
        int offset = 0;
        while (offset < bytes.Length)
        {
            System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], buffer, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return offset + read;
            }

            offset += read;
            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>The encoding a charset label names, or null. Latin-1 and ASCII labels mean Windows-1252, as browsers read them.</summary>
    public static Encoding? ResolveCharset(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        string name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        int star = name.IndexOf('*', StringComparison.Ordinal);
        if (star > 0)
        {
            name = name[..star];
        }

        switch (name)
        {
            case "iso-8859-1" or "latin1" or "latin-1" or "l1" or "iso8859-1" or "iso_8859-1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" or "ansi_x3.4-1968":
                return Windows1252;
            case "utf8":
                return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding a byte-order mark announces and the mark's length, or (null, 0).</summary>
    public static (Encoding? Encoding, int Length) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return (Encoding.UTF32, 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }

        return (null, 0);
    }

    /// <summary>True when the bytes look like UTF-16 without a mark: many zero bytes on one parity, almost none on the other.</summary>
    public static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        ReadOnlySpan<byte> head = bytes[..(Math.Min(bytes.Length, 8192) & ~1)];
        if (head.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            evenZeros += head[i] == 0 ? 1 : 0;
            oddZeros += head[i + 1] == 0 ? 1 : 0;
        }

        int pairs = head.Length / 2;
        // Latin-script UTF-16 has a zero in almost every pair; other scripts still have one in spaces and digits.
        if (oddZeros > pairs * 0.1 && evenZeros < pairs * 0.02)
        {
            return true;
        }

        if (evenZeros > pairs * 0.1 && oddZeros < pairs * 0.02)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool IsUtf16(Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;

    private static bool TryStrictUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}
