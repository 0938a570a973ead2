namespace Crosscheck.Cli;

/// <summary>crosscheck eval TARGET …: dispatches to one evaluation (the sample case, a public benchmark, or the sentence encoder's speed).</summary>
public static class EvalCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string target = args.Length > 0 ? args[0] : "";
        return target switch
        {
            "case" => EvalCaseCommand.Run(args, stdout, stderr),
            "polnear" => EvalPolnearCommand.Run(args, stdout, stderr),
            "conll2003" => EvalConllCommand.Run(args, stdout, stderr),
            "newsquant" => EvalNewsquantCommand.Run(args, stdout, stderr),
            "tempeval3" => EvalTempEval3Command.Run(args, stdout, stderr),
            "fnc1" => EvalFnc1Command.Run(args, stdout, stderr),
            "encoder" => EvalEncoderCommand.Run(args, stdout, stderr),
            "articles" => EvalArticlesCommand.Run(args, stdout, stderr),
            "store" => EvalStoreCommand.Run(args, stdout, stderr),
            _ => CommandLine.UsageError(stderr, "eval needs a target: case, polnear, conll2003, newsquant, tempeval3, fnc1, encoder, articles, store"),
        };
    }
}

