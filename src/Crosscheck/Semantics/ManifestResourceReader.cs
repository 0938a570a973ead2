using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Crosscheck.Semantics;

/// <summary>
/// Reads embedded (manifest) resources out of a .NET assembly file from its metadata, without loading the
/// assembly: no code of it runs and none of its dependencies need to be present.
/// </summary>
internal static class ManifestResourceReader
{
    /// <summary>The bytes of each named resource. Throws <see cref="SentenceEncoderException"/> naming the file and the reason.</summary>
    public static IReadOnlyDictionary<string, byte[]> Read(string assemblyPath, IReadOnlyCollection<string> names)
    {
        try
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata || pe.PEHeaders.CorHeader is not { } cor)
            {
                throw new SentenceEncoderException($"{assemblyPath} is not a .NET assembly");
            }

            MetadataReader metadata = pe.GetMetadataReader();
            var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (ManifestResourceHandle handle in metadata.ManifestResources)
            {
                ManifestResource resource = metadata.GetManifestResource(handle);
                string name = metadata.GetString(resource.Name);
                if (resource.Implementation.IsNil && names.Contains(name))
                {
                    found[name] = ReadEmbedded(pe, cor.ResourcesDirectory, resource.Offset, assemblyPath, name);
                }
            }

            if (names.FirstOrDefault(n => !found.ContainsKey(n)) is { } missing)
            {
                throw new SentenceEncoderException($"{assemblyPath} has no embedded resource {missing}");
            }

            return found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            throw new SentenceEncoderException($"{assemblyPath} could not be read: {e.Message}", e);
        }
    }

    // An embedded resource is a 4-byte little-endian length followed by the bytes, at its offset into the
    // CLI header's resources directory (ECMA-335 II.24.2.4).
    private static byte[] ReadEmbedded(PEReader pe, DirectoryEntry resources, long offset, string path, string name)
    {
        PEMemoryBlock block = pe.GetSectionData(resources.RelativeVirtualAddress + (int)offset);
        if (block.Length < sizeof(int))
        {
            throw new SentenceEncoderException($"{path}: resource {name} lies outside the file");
        }

        BlobReader reader = block.GetReader();
        int length = reader.ReadInt32();
        if (length < 0 || length > reader.RemainingBytes)
        {
            throw new SentenceEncoderException($"{path}: resource {name} is truncated ({length} bytes declared, {reader.RemainingBytes} present)");
        }

        return reader.ReadBytes(length);
    }
}
