using System.Text;
using Crosscheck.Cleaning;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using Xunit;

namespace Crosscheck.Tests.Cleaning;

public sealed class CleaningDumpTests
{
    [Fact]
    public void Should_dump_sample_roles()
    {
        IReadOnlyList<SourceDocument> docs = new InputReader().Read([TestPaths.SampleCase]).Documents;
        var sb = new StringBuilder();
        foreach (CleaningContext c in DocumentCleaner.Analyze(docs))
        {
            sb.AppendLine($"##### {c.Source.File} title=[{c.Title}] sub=[{c.Subtitle}] author=[{c.Author}] date=[{c.Published}] outlet=[{c.Outlet}]");
            for (int i = 0; i < c.Lines.Count; i++)
            {
                if (!c.Lines[i].IsBlank)
                {
                    string t = c.Lines[i].Text;
                    sb.AppendLine($"{c.Role(i),-9} {c.Reason(i),-20} {t[..Math.Min(100, t.Length)]}");
                }
            }
        }

        File.WriteAllText("/tmp/clean_dump.txt", sb.ToString());
    }
}
