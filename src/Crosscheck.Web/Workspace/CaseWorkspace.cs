using Crosscheck.Model;
using Crosscheck.Pipeline;
using Crosscheck.Reporting;
using Crosscheck.Kinds.Attributions.Render;
using Crosscheck.Kinds.Claims.Render;
using Crosscheck.Kinds.Dates.Render;
using Crosscheck.Kinds.Entities.Render;
using Crosscheck.Kinds.Hypotheses.Render;
using Crosscheck.Kinds.Numbers.Render;
using Crosscheck.Kinds.Quotes.Render;
using Crosscheck.Kinds.Sources.Render;
using Crosscheck.Reporting.Writers;
using Crosscheck.Kinds.Attributions.Records;
using Crosscheck.Kinds.Claims.Records;
using Crosscheck.Kinds.Dates.Records;
using Crosscheck.Kinds.Entities.Records;
using Crosscheck.Kinds.Hypotheses.Records;
using Crosscheck.Kinds.Numbers.Records;
using Crosscheck.Kinds.Quotes.Records;
using Crosscheck.Kinds.Sources.Records;
using Crosscheck.Reporting.Common;
using Crosscheck.Store;

namespace Crosscheck.Web.Workspace;

/// <summary>
/// The case the web workspace serves: the store (one connection, used under a lock), the latest report
/// with entity edits applied (cached until the store changes), the data folder of inputs, and the one
/// background re-analysis that may run at a time. A re-analysis reads the whole data folder and saves a
/// new run in one transaction: if it fails or finds nothing, the previous run stays the case.
/// </summary>
public sealed class CaseWorkspace : IDisposable
{
    private readonly Lock _lock = new();
    private readonly AnalysisPipeline _pipeline = AnalysisPipelineBuilder.CreateDefault().Build();
    private readonly TimeProvider _time;
    private CrosscheckStore? _store;
    private CaseSnapshot? _snapshot;
    private bool _loaded;
    private JobStatus _job = JobStatus.Idle;

    public CaseWorkspace(WorkspaceSettings settings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Settings = settings;
        Data = new DataFolder(settings.DataFolder);
        _time = time ?? TimeProvider.System;
    }

    public WorkspaceSettings Settings { get; }

    public DataFolder Data { get; }

    /// <summary>The running or last re-analysis; completes at once when none ran.</summary>
    public Task Analysis { get; private set; } = Task.CompletedTask;

    public JobStatus Job
    {
        get
        {
            lock (_lock)
            {
                return _job;
            }
        }
    }

    /// <summary>The case as stored, or null when the store has no run yet.</summary>
    public CaseSnapshot? Snapshot()
    {
        lock (_lock)
        {
            if (!_loaded)
            {
                CrosscheckStore store = Store();
                Report? report = store.LoadLatestReport();
                _snapshot = report is null ? null : new CaseSnapshot(EntityEdits.Apply(report, store.EntityEdits()));
                _loaded = true;
            }

            return _snapshot;
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit, string open, string close)
    {
        lock (_lock)
        {
            return Store().Search(query, limit, open, close);
        }
    }

    public IReadOnlyList<EntityEdit> EntityEditList()
    {
        lock (_lock)
        {
            return Store().EntityEdits();
        }
    }

    /// <summary>The edit versions of the names given (for the entity views).</summary>
    public IReadOnlyDictionary<string, long> EntityEditVersions(IEnumerable<string> names)
    {
        lock (_lock)
        {
            return Store().EditVersions(names);
        }
    }

    /// <summary>Adds an entity edit; with <paramref name="seen"/>, only if its names are still at those versions (else refused, with the conflicts).</summary>
    public EntityEditResult AddEntityEdit(string action, string entity, string other, EntityEditBasis? seen = null)
    {
        lock (_lock)
        {
            EntityEditResult result = Store().TryAddEntityEdit(action, entity, other, _time.GetUtcNow(), seen ?? new EntityEditBasis(null, null));
            _loaded = false;
            return result;
        }
    }

    public bool RemoveEntityEdit(long id)
    {
        lock (_lock)
        {
            _loaded = false;
            return Store().RemoveEntityEdit(id);
        }
    }

    /// <summary>
    /// Makes sure the data folder holds the case's inputs before a file is added to it: copies the inputs
    /// of the latest run when they still exist, else writes the stored document texts as .txt files.
    /// </summary>
    public void EnsureInputs()
    {
        if (Data.HasFiles)
        {
            return;
        }

        IReadOnlyList<string> inputs;
        lock (_lock)
        {
            inputs = Store().LatestRunInputs();
        }

        var existing = inputs.Where(p => File.Exists(p) || Directory.Exists(p))
            .Where(p => !Path.GetFullPath(p).StartsWith(Data.Root, StringComparison.Ordinal))
            .ToList();
        if (existing.Count > 0)
        {
            Data.CopyFrom(existing);
        }
        else if (Snapshot() is { } snapshot)
        {
            Data.WriteTexts(snapshot.Report.Documents.Select(d => (d.File, d.Text)));
        }
    }

    /// <summary>Starts re-analyzing the data folder in the background; false when one is already running.</summary>
    public bool TryStartAnalysis(string reason)
    {
        lock (_lock)
        {
            if (_job.Running)
            {
                return false;
            }

            _job = new JobStatus("running", "read", 0, 0, reason, []);
            Analysis = Task.Run(Analyze);
            return true;
        }
    }

    /// <summary>Analyzes the data folder now, on this thread (serve's first start on a case).</summary>
    public JobStatus AnalyzeNow()
    {
        lock (_lock)
        {
            _job = new JobStatus("running", "read", 0, 0, "Analyzing the case", []);
        }

        Analyze();
        return Job;
    }

    public void Dispose()
    {
        Analysis.Wait(TimeSpan.FromMinutes(1));
        lock (_lock)
        {
            _store?.Dispose();
            _store = null;
        }
    }

    private CrosscheckStore Store()
    {
        if (_store is null)
        {
            StoreLocation location = Settings.Store;
            if (location.IsFile)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(location.Target))!);
            }

            _store = new CrosscheckStore(location);
        }

        return _store;
    }

    private void Analyze()
    {
        try
        {
            DateTimeOffset started = _time.GetUtcNow();
            var progress = new Progress(this);
            AnalysisResult result = _pipeline.Run([Data.Root], progress);
            string[] problems = [.. result.Problems.Select(p => $"{p.File}: {p.Reason}")];
            if (result.Documents.Count == 0)
            {
                Finish(new JobStatus("failed", null, 0, 0, "No document could be analyzed; the stored case is unchanged.", problems));
                return;
            }

            SetStage("store", 0, 1);
            DateTimeOffset finished = _time.GetUtcNow();
            Report report = ReportBuilder.Build(result, finished);
            lock (_lock)
            {
                Store().Save(report, RunInfo.Create(started, finished, [Data.Root]));
                _loaded = false;
            }

            string message = $"Analyzed {result.Documents.Count} documents" + (problems.Length > 0 ? $"; {problems.Length} inputs could not be read." : ".");
            Finish(new JobStatus("done", null, result.Documents.Count, result.Documents.Count, message, problems));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Finish(new JobStatus("failed", null, 0, 0, $"The analysis failed ({e.GetType().Name}: {e.Message}); the stored case is unchanged.", []));
        }
    }

    private void Finish(JobStatus status)
    {
        lock (_lock)
        {
            _job = status;
        }
    }

    private void SetStage(string stage, int done, int total)
    {
        lock (_lock)
        {
            _job = _job with { Stage = stage, Done = done, Total = total };
        }
    }

    private sealed class Progress(CaseWorkspace owner) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => owner.SetStage(value.Step is null ? value.Stage : $"comparing: {value.Step}", value.Done, value.Total);
    }
}
