namespace Crosscheck.Stance;

/// <summary>Settings of <see cref="StanceTrainer"/>.</summary>
/// <param name="VocabularySize">Words in each term-frequency vector.</param>
/// <param name="Ensemble">Networks trained with seeds Seed, Seed+1, …; their probabilities are averaged.</param>
/// <param name="DevFraction">Share of the training bodies held back for early stopping.</param>
/// <param name="Boosting">Boosted trees on the hand features (null: none), averaged with the networks.</param>
public sealed record StanceTrainingOptions(int VocabularySize = 5000, int Ensemble = 3, double DevFraction = 0.1, int Seed = 7, NetworkOptions? Network = null, BoostingOptions? Boosting = null)
{
    public static StanceTrainingOptions Default { get; } = new(Boosting: new BoostingOptions());

    public NetworkOptions NetworkOptions => Network ?? new NetworkOptions();
}
