namespace Crosscheck.Tests.Store;

/// <summary>The store's tests on SQLite: a fresh file in a temporary folder per test.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("crosscheck-store-").FullName;

    protected override string ExpectedBackend => "SQLite";

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    protected override string NewDatabase() => Path.Combine(_dir, "crosscheck.db");
}
