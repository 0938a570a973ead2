using System.Security.Cryptography;
using System.Text;

namespace Crosscheck.Exports;

/// <summary>
/// Ids that stay the same from one run to the next: the kind, then a hash of the kind and the key ("person-3f2a…"),
/// so that an entity keeps its id in Aleph or Gephi when the case is analyzed again.
/// </summary>
public static class ExportIds
{
    private const int HexLength = 24;

    public static string Of(string kind, params IEnumerable<string> key)
    {
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', key.Prepend(kind))));
        return $"{kind}-{Convert.ToHexStringLower(hash)[..HexLength]}";
    }
}
