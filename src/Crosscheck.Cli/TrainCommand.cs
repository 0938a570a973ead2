namespace Crosscheck.Cli;

/// <summary>crosscheck train WHAT …: dispatches to one training command (the alias gazetteer, the learned models).</summary>
public static class TrainCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string what = args.Length > 0 ? args[0] : "";
        return what switch
        {
            "aliases" => TrainAliasesCommand.Run(args, stdout, stderr),
            "clusters" => TrainClustersCommand.Run(args, stdout, stderr),
            "ner" => TrainNerCommand.Run(args, stdout, stderr),
            "polnear" => TrainPolnearCommand.Run(args, stdout, stderr),
            "stance" => TrainStanceCommand.Run(args, stdout, stderr),
            _ => CommandLine.UsageError(stderr, "train needs a model: aliases, clusters, ner, polnear, stance"),
        };
    }
}
