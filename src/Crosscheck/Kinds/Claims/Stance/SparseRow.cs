namespace Crosscheck.Kinds.Claims.Stance;

/// <summary>A sparse input vector: ascending feature indices and their values.</summary>
public sealed record SparseRow(int[] Index, float[] Value);
