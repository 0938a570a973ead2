using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>
/// The store's tests on PostgreSQL: a fresh schema per test on the <see cref="PostgresServer"/> (a throwaway cluster,
/// or the server <c>CROSSCHECK_TEST_POSTGRES</c> names); skipped, with the reason, when PostgreSQL is not installed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresStoreTests(PostgresServer server) : StoreContractTests
{
    protected override string ExpectedBackend => "PostgreSQL";

    protected override string NewDatabase() => server.NewDatabase();
}
