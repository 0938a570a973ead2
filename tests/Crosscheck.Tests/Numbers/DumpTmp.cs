using Crosscheck.Model;
using Xunit;

namespace Crosscheck.Tests.Numbers;

public sealed class DumpTmp
{
    [Fact]
    public void Dump()
    {
        var w = new StringWriter();
        foreach ((AnnotatedDocument doc, DocumentFindings f) in NumberSample.Documents.Zip(NumberSample.Findings))
        {
            w.WriteLine("== " + doc.Document.File + " ref=" + doc.Document.ReferenceDate);
            foreach (NumberMention n in f.Numbers)
            {
                w.WriteLine($"  [{n.Text}] v={n.Value} q={n.Qualifier} m={n.Measure} main={n.IsMainEvent} ev={n.Event} holder={n.Holder} asof={n.AsOf} vague={n.IsVague}");
            }
        }

        File.WriteAllText("/tmp/numbers_dump.txt", w.ToString());
    }
}
