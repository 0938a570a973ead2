using Crosscheck.Pipeline;

namespace Crosscheck.Cli;

/// <summary>
/// Progress as plain lines on stderr, for redirected output: a line when the documents are read, one per document
/// extracted (per tenth above <see cref="ProgressDisplay.Threshold"/> documents), and one that names each comparison
/// across documents as it starts.
/// Thread-safe (documents are analyzed in parallel).
/// </summary>
public sealed class PlainProgress(TextWriter stderr) : IProgress<PipelineProgress>
{
    private readonly Lock _lock = new();
    private int _total;
    private int _lastTenth;
    private bool _comparing;

    public void Report(PipelineProgress value)
    {
        lock (_lock)
        {
            switch (value.Stage)
            {
                case "read":
                    _total = value.Total;
                    stderr.WriteLine($"crosscheck: read {_total} {(_total == 1 ? "document" : "documents")}; extracting quotes, numbers, dates, names and sources…");
                    break;
                case "extract" when value.Total > 0:
                    // Every document of a small set, every tenth of a large one.
                    int tenth = value.Done * 10 / value.Total;
                    if (value.Total <= ProgressDisplay.Threshold)
                    {
                        stderr.WriteLine($"crosscheck: extracted {value.Done} of {value.Total}");
                    }
                    else if (tenth > _lastTenth)
                    {
                        _lastTenth = tenth;
                        stderr.WriteLine($"crosscheck: extracted {tenth * 10}% of {value.Total} documents");
                    }

                    break;
                case "compare-step":
                    // One line that grows as each comparison starts, so that a slow one shows where the time goes.
                    stderr.Write(_comparing ? $", {value.Step}" : $"crosscheck: comparing across documents: {value.Step}");
                    stderr.Flush();
                    _comparing = true;
                    break;
                case "compare":
                    stderr.WriteLine(_comparing ? " — done" : "crosscheck: compared across documents");
                    _comparing = false;
                    break;
            }
        }
    }
}
