using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>The tests that share one <see cref="PostgresServer"/> (started on the first of them, stopped after the last).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
