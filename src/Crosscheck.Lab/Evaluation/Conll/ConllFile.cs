namespace Crosscheck.Lab.Evaluation.Conll;

/// <summary>
/// A CoNLL-2003 file: one token a line (word, POS, chunk, NER tag; the tag is the last column), sentences separated
/// by blank lines, documents starting with a -DOCSTART- line. Keeps every line as read, so that a prediction can be
/// written beside each.
/// </summary>
public sealed record ConllFile(IReadOnlyList<string> Lines, IReadOnlyList<ConllDocument> Documents)
{
    public const string DocStart = "-DOCSTART-";

    public static ConllFile Read(string path) => Parse(File.ReadAllLines(path));

    public static ConllFile Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var documents = new List<ConllDocument>();
        var sentences = new List<IReadOnlyList<ConllToken>>();
        var sentence = new List<ConllToken>();
        void EndSentence()
        {
            if (sentence.Count > 0)
            {
                sentences.Add([.. sentence]);
                sentence.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }

        for (int i = 0; i < lines.Count; i++)
        {
            string[] fields = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0)
            {
                EndSentence();
            }
            else if (fields[0] == DocStart)
            {
                EndDocument();
            }
            else
            {
                if (fields.Length < 2)
                {
                    throw new InvalidDataException($"line {i + 1}: a token line needs a word and a tag: \"{lines[i]}\"");
                }

                sentence.Add(new ConllToken(i, fields[0], fields[^1]));
            }
        }

        EndDocument();
        return new ConllFile(lines, documents);
    }

    /// <summary>Every line with the predicted tag of its token appended (O for -DOCSTART- lines); blank lines stay blank.</summary>
    public IEnumerable<string> WithPredictions(IReadOnlyDictionary<int, string> predictedByLine)
    {
        ArgumentNullException.ThrowIfNull(predictedByLine);
        for (int i = 0; i < Lines.Count; i++)
        {
            string line = Lines[i].TrimEnd();
            yield return line.Length == 0 ? "" : line + " " + predictedByLine.GetValueOrDefault(i, "O");
        }
    }
}
