namespace Crosscheck.Semantics;

/// <summary>The sentence encoder's model could not be found, read or run; the message names the reason.</summary>
public sealed class SentenceEncoderException : Exception
{
    public SentenceEncoderException(string message)
        : base(message)
    {
    }

    public SentenceEncoderException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
