using Crosscheck.Lab.Training;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Entities;

public sealed class AliasMinerTests
{
    private static readonly AliasMiner Miner = new();

    [Theory]
    [InlineData("Police said the Northern Front, also known as Zorba Brigade, attacked.", "Northern Front|Zorba Brigade", false)]
    [InlineData("Officials met the Talmar Union, also called the Talmarian League, on Monday.", "Talmar Union|Talmarian League", false)]
    [InlineData("Fighters of the Kessel Guard (also known as Red Guard) marched.", "Kessel Guard|Red Guard", false)]
    [InlineData("He backed the Voran Movement, which calls itself the Voran Republic, for years.", "Voran Movement|Voran Republic", true)]
    [InlineData("Reports say ZLF, the rebel group that calls itself the Zorba Army, also is called the Zorba Front.", "ZLF|Zorba Army|Zorba Front", true)]
    [InlineData("Police named the Ardent Circle, which calls itself the Ardent State and is also known as ARS.", "Ardent Circle|Ardent State|ARS", true)]
    [InlineData("A statement by the Organisation for Green Rivers (OGR) said so.", "Organisation for Green Rivers|OGR", true)]
    [InlineData("The claim came from the Movement of the Southern Plains (MSP) late.", "Movement of the Southern Plains|MSP", true)]
    [InlineData("Police blamed ZLF, short for Zorba Liberation Front, for it.", "ZLF|Zorba Liberation Front", true)]
    [InlineData("They joined the Zorba Brigade, formerly known as the Northern Front, last year.", "Zorba Brigade|Northern Front", true)]
    [InlineData("A militant offshoot also known as ZLF or ZLA struck.", "ZLF|ZLA", false)]
    public void Should_find_the_names_an_alias_statement_joins(string text, string names, bool strong)
    {
        AliasStatement s = Miner.Statements(text).ShouldHaveSingleItem();
        s.Names.ShouldBe(names.Split('|'));
        s.Strong.ShouldBe(strong);
    }

    [Theory]
    [InlineData("Senator Harlan Smith, who also called Jones a liar, left early.")]
    [InlineData("The aid worker Tom Kessel, also known as Peter, was freed.")]
    [InlineData("Officials, also known as Zorba Brigade, spoke.")]
    [InlineData("The Green River Council (XYZ) met.")]
    [InlineData("The drug phencyclidine, also known as PCP, was found.")]
    [InlineData("Police blamed ZLF, short for Northern Front, for it.")]
    public void Should_reject_statements_that_do_not_join_two_names(string text)
    {
        Miner.Statements(text).ShouldBeEmpty();
    }

    [Fact]
    public void Should_keep_weak_pairs_only_with_support_from_two_texts_and_strong_pairs_at_once()
    {
        // Given a weak pair in one text, the same weak pair in two texts, and a strong pair once
        string[] texts =
        [
            "Police said the Northern Front, also known as Zorba Brigade, attacked.",
            "Police said the Talmar Union, also known as Talmarian League, met.",
            "Later the Talmar Union, also known as Talmarian League, left.",
            "A statement by the Organisation for Green Rivers (OGR) said so.",
        ];

        // When mined
        IReadOnlyList<IReadOnlyList<string>> groups = Miner.Mine(texts);

        // Then the single weak pair is dropped
        groups.Select(g => string.Join("|", g)).ShouldBe(["OGR|Organisation for Green Rivers", "Talmar Union|Talmarian League"]);
    }

    [Fact]
    public void Should_join_pairs_sharing_a_name_into_one_sorted_group_and_write_them_with_a_header()
    {
        string[] texts =
        [
            "Police blamed ZLF, short for Zorba Liberation Front, for it.",
            "He backed the Zorba Liberation Front, which calls itself the Zorba Republic, for years.",
        ];

        IReadOnlyList<IReadOnlyList<string>> groups = Miner.Mine(texts);
        string file = MinedAliasFile.Format(groups, "bodies.csv", 2, new DateOnly(2024, 1, 2));

        groups.ShouldHaveSingleItem().ShouldBe(["ZLF", "Zorba Liberation Front", "Zorba Republic"]);
        string[] lines = file.TrimEnd('\n').Split('\n');
        lines[0].ShouldContain("crosscheck train aliases --data bodies.csv");
        lines[1].ShouldContain("2024-01-02");
        lines[^1].ShouldBe("ZLF\tZorba Liberation Front\tZorba Republic");
    }
}
