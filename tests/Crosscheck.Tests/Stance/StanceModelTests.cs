using Crosscheck.Lab.Stance;
using Crosscheck.Kinds.Claims.Stance;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Stance;

public sealed class StanceModelTests
{
    /// <summary>A tiny invented training set: agreeing, refuting, reporting and unrelated bodies for a few claims.</summary>
    private static List<FncPair> TinySet()
    {
        string[] topics = ["river flood town", "bridge collapse city", "mayor resign scandal", "factory fire workers", "storm power outage", "train crash station"];
        var pairs = new List<FncPair>();
        int id = 0;
        foreach (string t in topics)
        {
            string claim = $"Reports of {t}";
            pairs.Add(new FncPair(claim, id++, $"Officials confirmed the {t}. The {t} was confirmed by police.", StanceLabel.Agree));
            pairs.Add(new FncPair(claim, id++, $"The {t} story is a hoax. Officials deny any {t}; it is fake.", StanceLabel.Disagree));
            pairs.Add(new FncPair(claim, id++, $"Some claim there may have been a {t}, but it is unconfirmed and allegedly so.", StanceLabel.Discuss));
            pairs.Add(new FncPair(claim, id++, "A cat won a singing contest on television last night.", StanceLabel.Unrelated));
        }

        return pairs;
    }

    private static StanceModel TrainTiny() =>
        new StanceTrainer(new StanceTrainingOptions(VocabularySize: 100, Ensemble: 2, DevFraction: 0.25, Network: new NetworkOptions(Hidden: 8, MaxEpochs: 5, BatchSize: 8),
            Boosting: new BoostingOptions(MaxRounds: 5, Depth: 2, Bins: 8, MinChildWeight: 0.01f))).Train(TinySet());

    [Fact]
    public void Should_give_identical_predictions_after_a_save_and_load_round_trip()
    {
        StanceModel model = TrainTiny();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;

        StanceModel loaded = StanceModel.Load(stream);

        loaded.TrainingBodies.ShouldBe(model.TrainingBodies);
        loaded.Networks.Count.ShouldBe(2);
        loaded.Trees.ShouldNotBeNull();
        loaded.Trees.Rounds.ShouldBe(model.Trees!.Rounds);
        loaded.TreeWeight.ShouldBe(0.5f);
        foreach (FncPair p in TinySet())
        {
            loaded.Predict(p.Headline, p.Body).Probabilities.ShouldBe(model.Predict(p.Headline, p.Body).Probabilities);
        }
    }

    [Fact]
    public void Should_write_the_same_bytes_when_trained_twice()
    {
        using var a = new MemoryStream();
        using var b = new MemoryStream();
        TrainTiny().Save(a);
        TrainTiny().Save(b);

        a.ToArray().ShouldBe(b.ToArray());
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_stance_model()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        {
            new BinaryWriter(gzip).Write("something else");
        }

        stream.Position = 0;
        Should.Throw<InvalidDataException>(() => StanceModel.Load(stream));
    }
}
