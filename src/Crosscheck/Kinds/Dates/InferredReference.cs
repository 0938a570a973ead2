using Crosscheck.Model;

namespace Crosscheck.Kinds.Dates;

/// <summary>A reference date inferred for a document without a publication date, and how it was found, for the reader.</summary>
internal sealed record InferredReference(PartialDate Date, string Basis);
