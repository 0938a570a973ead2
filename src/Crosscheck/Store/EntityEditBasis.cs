namespace Crosscheck.Store;

/// <summary>The versions of an edit's two names as the analyst saw them (<see cref="CrosscheckStore.EditVersion"/>) when they chose the edit.</summary>
/// <param name="EntityVersion">The version of <see cref="EntityEdit.Entity"/>; null: not checked.</param>
/// <param name="OtherVersion">The version of <see cref="EntityEdit.Other"/>; null: not checked.</param>
public sealed record EntityEditBasis(long? EntityVersion, long? OtherVersion);
