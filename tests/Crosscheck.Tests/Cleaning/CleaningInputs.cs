using Crosscheck.Cleaning;
using Crosscheck.Ingestion;
using Crosscheck.Model;

namespace Crosscheck.Tests.Cleaning;

/// <summary>Builds hand-made source documents for the clean stage's tests.</summary>
internal static class CleaningInputs
{
    public const string ParagraphA =
        "The regional council voted on Tuesday to close the old bridge after engineers found deep cracks in two of its supporting piers.";

    public const string ParagraphB =
        "Officials said repairs would take at least eight months and cost more than the council had set aside for all road works this year.";

    public const string ParagraphC =
        "Local shop owners warned that the detour would keep customers away from the town centre during the busiest months of the season.";

    public static SourceDocument Source(string text, string file = "doc.txt", DeclaredMetadata? meta = null) =>
        new(InputReader.ContentId(text + file), file, SourceFormat.PlainText, text, meta ?? DeclaredMetadata.None);

    public static Document CleanOne(params string[] lines) =>
        new DocumentCleaner().Clean([Source(string.Join("\n\n", lines))])[0];
}
