namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>One token line of a CoNLL file: its line number (0-based), the word (first column) and the gold tag (last column).</summary>
public sealed record ConllToken(int Line, string Word, string Tag);
