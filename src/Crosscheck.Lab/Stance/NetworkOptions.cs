using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>Training settings of one <see cref="StanceNetwork"/>.</summary>
/// <param name="ClassWeights">Loss weight of each label (in <see cref="StanceLabel"/> order); rare stances weigh more.</param>
/// <param name="Patience">Epochs without a better dev score before training stops.</param>
public sealed record NetworkOptions(
    int Hidden = 100,
    int MaxEpochs = 30,
    int BatchSize = 500,
    float LearningRate = 0.002f,
    float Dropout = 0.4f,
    float WeightDecay = 1e-5f,
    float[]? ClassWeights = null,
    int Patience = 5,
    int Seed = 1)
{
    public float[] Weights => ClassWeights ?? [1.5f, 5f, 1f, 1f];
}
