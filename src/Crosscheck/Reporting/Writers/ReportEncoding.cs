using System.Text;

namespace Crosscheck.Reporting.Writers;

/// <summary>The encoding the report files are written in.</summary>
public static class ReportEncoding
{
    /// <summary>UTF-8 without a byte order mark that writes U+FFFD for what cannot be encoded (half of an emoji) instead of failing the run.</summary>
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
}
