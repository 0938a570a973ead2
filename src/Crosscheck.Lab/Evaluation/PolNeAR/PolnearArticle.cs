namespace Crosscheck.Lab.Evaluation.PolNeAR;

/// <summary>One article of a PolNeAR folder: its name (the text file's name without .txt), its text, and its gold annotation file (null when it has none).</summary>
public sealed record PolnearArticle(string Name, string Text, BratDocument? Gold);
