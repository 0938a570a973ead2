using System.Text.Json;
using System.Text.RegularExpressions;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Acceptance;

/// <summary>The extractors are general: no C# file under src/ names a person, group or place of the sample story.</summary>
public sealed class GeneralityTests
{
    // Names of the sample story, written here (tests may name it) and also taken from its gold file.
    internal static readonly string[] StoryNames =
    [
        "crocus", "khorasan", "isis", "isil", "daesh", "putin", "kremlin", "kyiv", "kiev", "podolyak", "medvedev",
        "zakharova", "simonyan", "patrushev", "tajik", "krasnogorsk", "moscow", "budanov", "malyuk", "zaporizhzhia",
        "beslan", "amaq", "russia", "ukrain", "ziperovich", "dobson", "arvind", "palmyra", "dugina", "nuland", "milley",
    ];

    [Fact]
    public void Should_not_name_the_sample_story_in_any_source_file()
    {
        HashSet<string> names = [.. StoryNames, .. PersonNamesFromGold()];
        var pattern = new Regex(@"\b(" + string.Join("|", names.Select(Regex.Escape)) + @")", RegexOptions.IgnoreCase);
        var offenders = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (pattern.Match(lines[i]) is { Success: true } m)
                {
                    offenders.Add($"{Path.GetRelativePath(TestPaths.RepoRoot, file)}:{i + 1}: {m.Value}");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_a_planted_story_name()
    {
        // The check above can fail: the pattern catches a story name in ordinary code.
        var pattern = new Regex(@"\b(" + string.Join("|", StoryNames) + ")", RegexOptions.IgnoreCase);
        pattern.IsMatch("var leader = \"Putin\";").ShouldBeTrue();
        pattern.IsMatch("var count = people.Count;").ShouldBeFalse();
    }

    private static readonly HashSet<string> GenericWords = ["Institution", "Institute", "Times", "Journal", "Committee", "Embassy", "Agency", "Guardian"];

    /// <summary>Surnames of the people quoted in the sample (two-word capitalized speaker names).</summary>
    internal static IEnumerable<string> PersonNamesFromGold()
    {
        using JsonDocument gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.SampleCase, "gold.json")));
        foreach (JsonElement q in gold.RootElement.GetProperty("quotes").EnumerateArray())
        {
            string[] words = q.GetProperty("speaker").GetString()!.Split(' ');
            if (words.Length == 2 && !GenericWords.Contains(words[1]) && words.All(w => w.Length > 2 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)))
            {
                yield return words[1].ToLowerInvariant();
            }
        }
    }
}
