using System.Text.Json.Serialization;

namespace Crosscheck.Exports;

// schema.org's ClaimReview in JSON-LD (https://schema.org/ClaimReview), the parts Crosscheck can fill from the text.

/// <summary>One review of one hypothesis or claim.</summary>
public sealed record ClaimReviewLd(
    string ClaimReviewed,
    RatingLd ReviewRating,
    ClaimLd ItemReviewed,
    OrganizationLd Author,
    string? Url,
    string? DatePublished)
{
    [JsonPropertyName("@context")]
    [JsonPropertyOrder(-2)]
    public string Context => "https://schema.org";

    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "ClaimReview";
}

/// <summary>The rating in words only: Crosscheck counts the sources' stances, it does not rate truth.</summary>
public sealed record RatingLd(string AlternateName, string RatingExplanation)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Rating";
}

/// <summary>The claim reviewed, with each article that takes a stance on it as an appearance.</summary>
public sealed record ClaimLd(IReadOnlyList<CreativeWorkLd> Appearance)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Claim";
}

/// <param name="Description">The stance the article takes, and those it reports for others, in words.</param>
public sealed record CreativeWorkLd(string? Url, string? Name, string? Headline, string? DatePublished, PersonLd? Author, OrganizationLd? Publisher, string Description)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "CreativeWork";
}

public sealed record OrganizationLd(string Name)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Organization";
}

public sealed record PersonLd(string Name)
{
    [JsonPropertyName("@type")]
    [JsonPropertyOrder(-1)]
    public string Type => "Person";
}
