using System.Text;
using Crosscheck.Reporting;
using Crosscheck.Reporting.Writers;
using Shouldly;
using Xunit;

namespace Crosscheck.Tests.Reporting;

public sealed class JsonReportStreamTests
{
    [Fact]
    public void Should_write_the_same_text_as_the_string_writer()
    {
        // Given the sample reports, when written to a stream, then the bytes are those of the string writer in UTF-8
        foreach (Report report in new[] { ReportSamples.Small(), ReportSamples.Small(withThird: true), HypothesisReportSample.Build() })
        {
            using var stream = new MemoryStream();
            JsonReportStream.Write(report, stream);
            Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(JsonReportWriter.Write(report));
        }
    }

    [Fact]
    public void Should_write_a_large_report_in_pieces()
    {
        // Given a report of many documents
        Report small = ReportSamples.Small();
        Report large = small with { Documents = [.. Enumerable.Range(0, 2000).SelectMany(i => small.Documents.Select(d => d with { Id = $"{d.Id}-{i}" }))] };

        // When it is written to a stream that counts its writes
        using var stream = new CountingStream();
        JsonReportStream.Write(large, stream);

        // Then it arrives in many writes, none near the whole, and reads back the same
        string whole = JsonReportWriter.Write(large);
        stream.Writes.ShouldBeGreaterThan(10);
        stream.LargestWrite.ShouldBeLessThan(whole.Length / 4);
        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(whole);
    }

    private sealed class CountingStream : MemoryStream
    {
        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Count(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Count(buffer.Length);
            base.Write(buffer);
        }

        private void Count(int count)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, count);
        }
    }
}
