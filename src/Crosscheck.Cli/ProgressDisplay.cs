using Crosscheck.Model;
using Crosscheck.Pipeline;
using Spectre.Console;

namespace Crosscheck.Cli;

/// <summary>Runs the pipeline with a progress display fitting the output: Spectre bars on a terminal, plain lines otherwise.</summary>
public static class ProgressDisplay
{
    /// <summary>Up to this many documents, the plain display names each document extracted; above, each tenth.</summary>
    public const int Threshold = 20;

    public static AnalysisResult Run(AnalysisPipeline pipeline, IReadOnlyList<string> paths, bool interactive, bool quiet, TextWriter stderr)
    {
        if (quiet)
        {
            return pipeline.Run(paths);
        }

        if (!interactive)
        {
            return pipeline.Run(paths, new PlainProgress(stderr));
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx => pipeline.Run(paths, new SpectreProgress(ctx)));
    }

    private sealed class SpectreProgress(ProgressContext context) : IProgress<PipelineProgress>
    {
        private readonly Lock _lock = new();
        private ProgressTask? _task;

        public void Report(PipelineProgress value)
        {
            lock (_lock)
            {
                if (value.Stage == "read")
                {
                    _task = context.AddTask($"Extracting from {value.Total} documents", maxValue: value.Total + 1);
                }
                else if (value.Stage == "extract" && _task is not null)
                {
                    _task.Value = Math.Max(_task.Value, value.Done);
                }
                else if (value.Stage == "compare-step" && _task is not null)
                {
                    _task.Description = $"Comparing across documents: {value.Step}";
                }
                else if (value.Stage == "compare" && _task is not null)
                {
                    _task.Value = _task.MaxValue;
                    _task.Description = "Compared across documents";
                }
            }
        }
    }
}
