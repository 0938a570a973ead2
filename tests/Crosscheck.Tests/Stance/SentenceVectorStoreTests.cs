using Crosscheck.Lab.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

/// <summary>The disk store of sentence vectors used while training, with a counting fake encoder.</summary>
public sealed class SentenceVectorStoreTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"crosscheck-vectors-{Guid.NewGuid():N}.bin");
    private int calls;

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Should_encode_each_new_text_once_and_read_it_back_from_disk_in_a_later_run()
    {
        // Given a store that encoded two texts (one of them twice in the list)
        SentenceVectorStore first = SentenceVectorStore.Open(path, encode: Fake);
        IReadOnlyList<float[]> a = first.Encode(["one", "two", "one"]);
        calls.ShouldBe(2);
        a[0].ShouldBe(a[2]);

        // When a later run opens the file and asks for them and one more
        SentenceVectorStore second = SentenceVectorStore.Open(path, encode: Fake);
        second.Count.ShouldBe(2);
        IReadOnlyList<float[]> b = second.Encode(["two", "three", "one"]);

        // Then only the new text is encoded, and the stored vectors come back unchanged
        calls.ShouldBe(3);
        b[0].ShouldBe(a[1]);
        b[2].ShouldBe(a[0]);
        SentenceVectorStore.Open(path, encode: Fake).Count.ShouldBe(3);
    }

    [Fact]
    public void Should_start_empty_when_the_file_is_not_a_vector_store()
    {
        File.WriteAllText(path, "not vectors");

        SentenceVectorStore.Open(path, encode: Fake).Count.ShouldBe(0);
    }

    private float[] Fake(string text)
    {
        Interlocked.Increment(ref calls);
        var v = new float[Crosscheck.Semantics.SentenceEncoder.Dimensions];
        v[text.Length % v.Length] = 1;
        v[(text[0] * 7) % v.Length] += 0.5f;
        return v;
    }
}
