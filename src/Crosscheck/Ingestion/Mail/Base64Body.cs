namespace Crosscheck.Ingestion.Mail;

/// <summary>Base64 decoding of a MIME body, lenient: line breaks and stray characters are skipped, a cut-off tail is dropped.</summary>
internal static class Base64Body
{
    public static byte[] Decode(string body)
    {
        var clean = new System.Text.StringBuilder(body.Length);
        foreach (char c in body)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '+' or '/')
            {
                clean.Append(c);
            }
            else if (c == '=')
            {
                break;
            }
        }

        int usable = clean.Length - (clean.Length % 4);
        if (clean.Length % 4 is 2 or 3)
        {
            clean.Append('=', 4 - (clean.Length % 4));
            usable = clean.Length;
        }

        try
        {
            return Convert.FromBase64String(clean.ToString(0, usable));
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
