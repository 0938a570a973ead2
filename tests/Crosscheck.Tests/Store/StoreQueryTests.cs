using Crosscheck.Store;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Store;

/// <summary>What each back end makes of a typed search, and what a <c>--db</c> value names.</summary>
public sealed class StoreQueryTests
{
    [Theory]
    [InlineData("AND", "\"AND\"")]
    [InlineData("\"text", "\"text\"")]
    [InlineData("market fire", "\"market\" \"fire\"")]
    [InlineData("rebui*", "\"rebui\"*")]
    [InlineData("-- ()", null)]
    public void Should_quote_every_word_of_an_fts5_query(string input, string? expected) =>
        FtsQuery.Sanitize(input).ShouldBe(expected);

    [Theory]
    [InlineData("AND", "'AND'")]
    [InlineData("market fire", "'market' & 'fire'")]
    [InlineData("rebui*", "'rebui':*")]
    [InlineData("don't", "'don''t'")]
    [InlineData("a&b|!c <-> \\x", "'a&b|!c' & '\\\\x'")]
    [InlineData("-- () *", null)]
    public void Should_quote_every_word_of_a_tsquery(string input, string? expected) =>
        TsQuery.From(input).ShouldBe(expected);

    [Theory]
    [InlineData("crosscheck-out/crosscheck.db")]
    [InlineData("/data/case=1/store.db")]
    public void Should_take_a_path_for_a_sqlite_file(string db) =>
        StoreLocation.Parse(db).ShouldBe(new StoreLocation(true, db, db));

    [Fact]
    public void Should_read_a_postgres_url_without_showing_its_password()
    {
        StoreLocation location = StoreLocation.Parse("postgres://analyst:s%40cret@db.example.org:5433/cases?sslmode=require");

        location.IsFile.ShouldBeFalse();
        location.Display.ShouldBe("postgres://analyst@db.example.org:5433/cases");
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(location.Target);
        (builder.Host, builder.Port, builder.Username, builder.Password, builder.Database, builder.SslMode)
            .ShouldBe(("db.example.org", 5433, "analyst", "s@cret", "cases", Npgsql.SslMode.Require));
    }

    [Fact]
    public void Should_read_a_connection_string_and_a_socket_url()
    {
        StoreLocation given = StoreLocation.Parse("Host=localhost;Database=cases;Username=analyst;Password=pw");
        StoreLocation socket = StoreLocation.Parse("postgresql:///cases?host=/var/run/postgresql");

        given.IsFile.ShouldBeFalse();
        given.Display.ShouldBe("postgres://analyst@localhost/cases");
        socket.IsFile.ShouldBeFalse();
        new Npgsql.NpgsqlConnectionStringBuilder(socket.Target).Host.ShouldBe("/var/run/postgresql");
        Should.Throw<ArgumentException>(() => StoreLocation.Parse("postgres://h/db?no_such_setting=1"));
    }
}
