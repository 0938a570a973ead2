namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>The four FNC-1 stances of an article body toward a claim (a headline).</summary>
public enum StanceLabel
{
    Agree,
    Disagree,
    Discuss,
    Unrelated,
}

/// <summary>A predicted stance with the probability of each label (indexed by <see cref="StanceLabel"/>).</summary>
public sealed record StancePrediction(StanceLabel Label, IReadOnlyList<double> Probabilities)
{
    public double Confidence => Probabilities[(int)Label];
}

/// <summary>Classifies the stance of an article body toward a claim. Implementations are thread-safe.</summary>
public interface IStanceClassifier
{
    StancePrediction Predict(string claim, string body);
}
