namespace Crosscheck.Store.Backends;

/// <summary>One step of a store's schema: the SQL that brings a store of version <c>Version - 1</c> to <see cref="Version"/>.</summary>
/// <param name="Version">The version the step brings the store to (1, 2, …; the same numbers mean the same tables on every back end).</param>
/// <param name="Description">What the step adds, in a few words.</param>
/// <param name="Sql">The statements (no parameters), run in the migration's transaction.</param>
internal sealed record StoreMigration(int Version, string Description, string Sql);
