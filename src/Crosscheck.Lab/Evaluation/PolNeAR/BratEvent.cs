namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>A brat event ("E" line): its type, the id of its trigger span, and its role → span-id arguments.</summary>
public sealed record BratEvent(string Id, string Type, string Trigger, IReadOnlyList<KeyValuePair<string, string>> Arguments);
