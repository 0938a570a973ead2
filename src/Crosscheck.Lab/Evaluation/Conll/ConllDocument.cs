namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>One document of a CoNLL file (the lines after a -DOCSTART- line): its sentences of tokens.</summary>
public sealed record ConllDocument(IReadOnlyList<IReadOnlyList<ConllToken>> Sentences)
{
    /// <summary>The words of each sentence, as the tagger reads them.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Words => [.. Sentences.Select(s => (IReadOnlyList<string>)[.. s.Select(t => t.Word)])];
}
