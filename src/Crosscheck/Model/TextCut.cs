namespace Crosscheck.Model;

/// <summary>Cutting text for display without splitting a character written as two UTF-16 units (emoji, rare scripts).</summary>
public static class TextCut
{
    /// <summary>At most <paramref name="length"/> units of <paramref name="text"/>, one fewer when the cut would fall inside a surrogate pair.</summary>
    public static ReadOnlySpan<char> Prefix(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        length = Math.Clamp(length, 0, text.Length);
        if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) && char.IsLowSurrogate(text[length]))
        {
            length--;
        }

        return text.AsSpan(0, length);
    }
}
