using System.Globalization;
using Crosscheck.Lab.Evaluation.TempEval;

namespace Crosscheck.Cli;

/// <summary>
/// crosscheck eval tempeval3 --data DIR [--out DIR] [--errors]: runs the temporal recognizer on TimeML files
/// and prints the TempEval-3 TIMEX3 figures (strict and relaxed extent match, type and value).
/// </summary>
public static class EvalTempEval3Command
{
    private static readonly HashSet<string> Valued = ["data", "out"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        Arguments a = Arguments.Parse(args, Valued, out string? error);
        if (error is not null)
        {
            return CommandLine.UsageError(stderr, error);
        }

        string? data = a.Option("data");
        if (a.Positional.Count != 1 || data is null)
        {
            return CommandLine.UsageError(stderr, "eval needs: tempeval3 --data DIR [--out DIR] [--errors]");
        }

        if (!Directory.Exists(data) && !File.Exists(data))
        {
            stderr.WriteLine($"crosscheck: {data}: no such folder");
            return ExitCodes.Failed;
        }

        TempEvalRun run;
        try
        {
            run = TempEval3Evaluation.Run(data, a.Option("out"));
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"crosscheck: {e.Message}");
            return ExitCodes.Failed;
        }

        if (run.Documents.Count == 0)
        {
            stderr.WriteLine($"crosscheck: {data}: no .tml files");
            return ExitCodes.Failed;
        }

        if (a.Flags.Contains("errors"))
        {
            WriteErrors(run, stdout);
        }

        TempEvalScore s = run.Total;
        stdout.WriteLine($"{run.Documents.Count} documents, {s.Gold} gold TIMEX3, {s.System} system TIMEX3");
        stdout.WriteLine("=== Timex Performance ===");
        stdout.WriteLine("Strict Match\tF1\tP\tR");
        stdout.WriteLine($"\t\t{Pct(s.StrictF1)}\t{Pct(s.StrictPrecision)}\t{Pct(s.StrictRecall)}");
        stdout.WriteLine("Relaxed Match\tF1\tP\tR");
        stdout.WriteLine($"\t\t{Pct(s.RelaxedF1)}\t{Pct(s.RelaxedPrecision)}\t{Pct(s.RelaxedRecall)}");
        stdout.WriteLine("Attribute F1\tValue\tType");
        stdout.WriteLine($"\t\t{Pct(s.ValueF1)}\t{Pct(s.TypeF1)}");
        stdout.WriteLine($"Attribute accuracy on {s.Matched} matched pairs: value {Pct(s.ValueAccuracy)}, type {Pct(s.TypeAccuracy)}");
        return ExitCodes.Success;
    }

    private static string Pct(double x) => (100 * x).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>One line per error: missed, spurious, extent, type and value, with the document name.</summary>
    private static void WriteErrors(TempEvalRun run, TextWriter stdout)
    {
        foreach (TempEvalDocumentResult r in run.Documents)
        {
            string text = r.Document.Text;
            string Show(Timex t) => $"\"{Flat(text[t.Start..t.End])}\" {t.Type} {t.Value}";
            string Context(Timex t) => Flat(text[Math.Max(0, t.Start - 40)..Math.Min(text.Length, t.End + 40)]);
            foreach (Timex g in r.Comparison.Missed)
            {
                stdout.WriteLine($"MISSED\t{r.Document.Name}\t{Show(g)}\t… {Context(g)} …");
            }

            foreach (Timex t in r.Comparison.Spurious)
            {
                stdout.WriteLine($"SPURIOUS\t{r.Document.Name}\t{Show(t)}\t… {Context(t)} …");
            }

            foreach (TimexPair p in r.Comparison.Pairs)
            {
                if (!p.SameExtent)
                {
                    stdout.WriteLine($"EXTENT\t{r.Document.Name}\tgold {Show(p.Gold)}\tours {Show(p.System)}");
                }

                if (!p.SameType || !p.SameValue)
                {
                    stdout.WriteLine($"{(p.SameType ? "VALUE" : "TYPE")}\t{r.Document.Name}\tgold {Show(p.Gold)}\tours {Show(p.System)}\tdct {r.Document.CreationTime}\t… {Context(p.Gold)} …");
                }
            }
        }
    }

    private static string Flat(string s) => s.Replace('\n', ' ').Replace('\t', ' ');
}
