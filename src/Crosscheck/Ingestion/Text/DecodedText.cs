using System.Text;

namespace Crosscheck.Ingestion.Text;

/// <summary>Text decoded from bytes, with the encoding used and how it was chosen.</summary>
/// <param name="Text">The decoded characters (line endings and Unicode form not yet normalized).</param>
/// <param name="Encoding">The encoding the bytes were decoded with.</param>
/// <param name="How">How the encoding was chosen: "BOM", "declared", "UTF-8", "UTF-16 pattern", "Windows-1252 fallback".</param>
internal sealed record DecodedText(string Text, Encoding Encoding, string How);
