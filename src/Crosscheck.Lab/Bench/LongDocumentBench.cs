using System.Diagnostics;
using System.Text;
using Crosscheck.Ingestion;
using Crosscheck.Model;
using Crosscheck.Pipeline;

namespace Crosscheck.Lab.Bench;

/// <summary>One long document's analysis: its size, the time the pipeline took on it, and seconds per MB.</summary>
public sealed record LongDocumentTiming(double Megabytes, TimeSpan Elapsed, TimeSpan Cpu, long PeakWorkingSet)
{
    public double SecondsPerMegabyte => Elapsed.TotalSeconds / Megabytes;
}

/// <summary>
/// The cost of one long document (<c>crosscheck bench --long 0.1,1,5,19</c>): for each size, one plain-text document
/// of that many MB, paragraphs of the source texts in a seeded order, analyzed alone by the analyze pipeline. Time that
/// grows with the size faster than the size shows a step that is not linear in the length of a document.
/// </summary>
public static class LongDocumentBench
{
    public static IReadOnlyList<LongDocumentTiming> Run(IReadOnlyList<double> sizes, BenchOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(options);
        IReadOnlyList<string> paragraphs = [.. SyntheticCorpus.ReadTexts(options.FncBodies, options.PolnearTexts).SelectMany(t => t.Paragraphs)];
        if (paragraphs.Count == 0)
        {
            throw new InvalidDataException("no text to build the long documents from");
        }

        // Warm up first (models loaded, code compiled), so the first size does not carry the start-up.
        string warm = string.Join("\n\n", paragraphs.Take(20));
        AnalysisPipelineBuilder.CreateDefault().Build().Analyze([new SourceDocument(InputReader.ContentId(warm), "warm-up.txt", SourceFormat.PlainText, warm, DeclaredMetadata.None)]);
        var results = new List<LongDocumentTiming>();
        foreach (double size in sizes)
        {
            progress?.Invoke(FormattableString.Invariant($"one document of {size} MB"));
            var random = new Random(options.Seed);
            var text = new StringBuilder();
            long target = (long)(size * 1024 * 1024);
            while (text.Length < target)
            {
                text.Append(paragraphs[random.Next(paragraphs.Count)]).Append("\n\n");
            }

            string body = text.ToString();
            var document = new SourceDocument(InputReader.ContentId(body), FormattableString.Invariant($"long-{size}MB.txt"), SourceFormat.PlainText, body, DeclaredMetadata.None);
            AnalysisPipeline pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
            TimeSpan cpu = BenchRunner.CpuTime();
            var clock = Stopwatch.StartNew();
            pipeline.Analyze([document]);
            clock.Stop();
            using var process = Process.GetCurrentProcess();
            results.Add(new LongDocumentTiming(Encoding.UTF8.GetByteCount(body) / (1024.0 * 1024), clock.Elapsed, BenchRunner.CpuTime() - cpu, process.PeakWorkingSet64));
        }

        return results;
    }
}
