using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// Progress as plain lines on stderr, for redirected output: a line when the documents are read and
/// one per tenth of the extraction, and only for runs of more than <see cref="ProgressDisplay.Threshold"/> documents.
/// Thread-safe (documents are analyzed in parallel).
/// </summary>
public sealed class PlainProgress(TextWriter stderr) : IProgress<PipelineProgress>
{
    private readonly Lock _lock = new();
    private int _total;
    private int _lastTenth;

    public void Report(PipelineProgress value)
    {
        lock (_lock)
        {
            switch (value.Stage)
            {
                case "read":
                    _total = value.Total;
                    if (_total > ProgressDisplay.Threshold)
                    {
                        stderr.WriteLine($"crosscheck: read {_total} documents");
                    }

                    break;
                case "extract" when _total > ProgressDisplay.Threshold && value.Total > 0:
                    int tenth = value.Done * 10 / value.Total;
                    if (tenth > _lastTenth)
                    {
                        _lastTenth = tenth;
                        stderr.WriteLine($"crosscheck: analyzed {tenth * 10}% of {value.Total} documents");
                    }

                    break;
                case "compare" when _total > ProgressDisplay.Threshold:
                    stderr.WriteLine("crosscheck: compared across documents");
                    break;
            }
        }
    }
}
