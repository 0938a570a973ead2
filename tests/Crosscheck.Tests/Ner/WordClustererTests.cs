using Crosscheck.Kinds.Entities.Ner;
using Crosscheck.Lab.Training;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Ner;

/// <summary>The word clusterer on a small made-up text, the raw-text word split, and the embedded clusters.</summary>
public sealed class WordClustererTests
{
    [Fact]
    public void Should_put_words_of_the_same_contexts_together()
    {
        // Weekdays and fruits each stand in their own contexts.
        var sentences = new List<IReadOnlyList<string>>();
        foreach (string day in (string[])["Monday", "Tuesday", "Friday"])
        {
            for (int i = 0; i < 5; i++)
            {
                sentences.Add(["we", "met", "on", day, "morning", "again"]);
            }
        }

        foreach (string fruit in (string[])["apples", "pears", "plums"])
        {
            for (int i = 0; i < 5; i++)
            {
                sentences.Add(["she", "ate", "ripe", fruit, "with", "bread"]);
            }
        }

        var clusterer = new WordClusterer { Branching = [8], ContextWords = 50 };
        var paths = clusterer.Cluster(sentences).ToDictionary(x => x.Word, x => x.Path);

        paths["Monday"].ShouldBe(paths["Friday"]);
        paths["apples"].ShouldBe(paths["plums"]);
        paths["Monday"].ShouldNotBe(paths["apples"]);
        clusterer.Cluster(sentences).ShouldBe(clusterer.Cluster(sentences), "the same text gives the same clusters");
    }

    [Fact]
    public void Should_split_raw_text_as_conll_does()
    {
        WordClusterer.Words("The U.S. team's coach, aged 52, will stay.").ShouldBe(
            ["The", "U.S.", "team", "'s", "coach", ",", "aged", "52", ",", "will", "stay", "."]);
    }

    [Fact]
    public void Should_embed_the_learned_clusters()
    {
        WordClusters.Default.Count.ShouldBeGreaterThan(10_000);
        WordClusters.Default.PathOf("Monday").ShouldNotBeNull();
    }

    [Fact]
    public void Should_look_a_word_up_lower_cased_then_capitalised()
    {
        var clusters = new WordClusters(new Dictionary<string, string> { ["river"] = "3a", ["Oslo"] = "7b" });

        clusters.PathOf("RIVER").ShouldBe("3a");
        clusters.PathOf("OSLO").ShouldBe("7b");
        clusters.PathOf("lake").ShouldBeNull();
    }
}
