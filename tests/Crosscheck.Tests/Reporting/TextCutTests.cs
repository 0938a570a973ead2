using Crosscheck.Model;
using Crosscheck.Reporting;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

/// <summary>A cut for display never splits a character written as two UTF-16 units (a lone half cannot be written as UTF-8).</summary>
public sealed class TextCutTests
{
    [Theory]
    [InlineData("ab\U0001F600cd", 3, "ab")]
    [InlineData("ab\U0001F600cd", 4, "ab\U0001F600")]
    [InlineData("abc", 2, "ab")]
    [InlineData("abc", 9, "abc")]
    public void Should_cut_before_a_surrogate_pair_rather_than_inside_it(string text, int length, string expected)
    {
        TextCut.Prefix(text, length).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_shorten_a_text_with_emoji_to_valid_utf16()
    {
        string text = string.Concat(Enumerable.Repeat("\U0001F600", 40));
        for (int max = 2; max < 30; max++)
        {
            string cut = ReportFormat.Shorten(text, max);
            cut.Length.ShouldBeLessThanOrEqualTo(max);
            Enumerable.Range(0, cut.Length).ShouldAllBe(i => char.IsHighSurrogate(cut[i]) ? i + 1 < cut.Length && char.IsLowSurrogate(cut[i + 1])
                : !char.IsLowSurrogate(cut[i]) || (i > 0 && char.IsHighSurrogate(cut[i - 1])));
        }
    }
}
