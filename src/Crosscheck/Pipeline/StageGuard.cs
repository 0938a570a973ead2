using Crosscheck.Model;

namespace Crosscheck.Pipeline;

/// <summary>
/// Keeps one document's failure from sinking a run: a step over the whole set that throws is run again on each
/// document alone, the documents that fail alone are named with the stage and the reason, and the step runs over the others.
/// </summary>
internal static class StageGuard
{
    /// <summary>
    /// <paramref name="step"/> over <paramref name="items"/>; when it throws, without the items that make it throw alone
    /// (each named in <paramref name="problems"/>). When it fails on the set but on no item alone, each item is stepped
    /// alone (the set's shared signals are lost, and a problem says so).
    /// </summary>
    public static IReadOnlyList<TOut> RunIsolating<TIn, TOut>(
        IReadOnlyList<TIn> items, Func<TIn, string> file, string stage, Func<IReadOnlyList<TIn>, IReadOnlyList<TOut>> step, List<InputProblem> problems)
    {
        try
        {
            return step(items);
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            List<TIn> kept = [];
            foreach (TIn item in items)
            {
                if (Fails(() => step([item])) is { } alone)
                {
                    problems.Add(Problem(file(item), stage, alone));
                }
                else
                {
                    kept.Add(item);
                }
            }

            try
            {
                return step(kept);
            }
            catch (Exception together) when (IsRecoverable(together))
            {
                problems.Add(SetProblem(stage, together, "each document was done on its own"));
                return [.. kept.SelectMany(item => step([item]))];
            }
        }
    }

    /// <summary>"failed in DateExtractor: ArgumentOutOfRangeException: … (left out of the analysis)", under the document's file.</summary>
    public static InputProblem Problem(string file, string stage, Exception e) =>
        new(file, $"failed in {stage}: {Describe(e)} (left out of the analysis)");

    /// <summary>A step that failed on the set as a whole but on no document alone, under the step's name.</summary>
    public static InputProblem SetProblem(string step, Exception e, string outcome) =>
        new(step, $"failed on the set as a whole: {Describe(e)} ({outcome})");

    private static string Describe(Exception e)
    {
        Exception cause = e is AggregateException { InnerExceptions.Count: > 0 } a ? a.Flatten().InnerExceptions[0] : e;
        return $"{cause.GetType().Name}: {cause.Message}";
    }

    private static Exception? Fails(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e) when (IsRecoverable(e))
        {
            return e;
        }
    }

    private static bool IsRecoverable(Exception e) => e is not OutOfMemoryException;
}
