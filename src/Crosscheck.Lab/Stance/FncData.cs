using Crosscheck.Ingestion.Csv;
using Crosscheck.Kinds.Claims.Stance;

namespace Crosscheck.Lab.Stance;

/// <summary>
/// Reads an FNC-1 folder: <c>*_bodies.csv</c> (Body ID, articleBody) and <c>*_stances.csv</c>
/// (Headline, Body ID[, Stance]; or, when there is none, <c>*_stances_unlabeled.csv</c>), joined into <see cref="FncPair"/>s in the stances file's row order.
/// </summary>
public static class FncData
{
    /// <summary>The pairs of every <c>*_stances.csv</c> in <paramref name="folder"/> (files in name order).</summary>
    /// <exception cref="InvalidDataException">A file is missing, a column is missing, or a row names an unknown body.</exception>
    public static IReadOnlyList<FncPair> Read(string folder)
    {
        string[] bodyFiles = Directory.GetFiles(folder, "*_bodies.csv").Order(StringComparer.Ordinal).ToArray();
        string[] stanceFiles = Directory.GetFiles(folder, "*_stances.csv").Order(StringComparer.Ordinal).ToArray();
        if (stanceFiles.Length == 0)
        {
            // The official unlabelled test file: competition_test_stances_unlabeled.csv.
            stanceFiles = Directory.GetFiles(folder, "*_stances_unlabeled.csv").Order(StringComparer.Ordinal).ToArray();
        }

        if (bodyFiles.Length == 0 || stanceFiles.Length == 0)
        {
            throw new InvalidDataException($"{folder}: needs *_bodies.csv and *_stances.csv");
        }

        var bodies = new Dictionary<int, string>();
        foreach (string file in bodyFiles)
        {
            IReadOnlyList<CsvRecord> rows = ReadCsv(file);
            int id = Column(rows, file, "Body ID"), text = Column(rows, file, "articleBody");
            foreach (CsvRecord r in rows.Skip(1))
            {
                bodies[ParseId(r, id, file)] = r.Fields[text];
            }
        }

        var pairs = new List<FncPair>();
        foreach (string file in stanceFiles)
        {
            IReadOnlyList<CsvRecord> rows = ReadCsv(file);
            int headline = Column(rows, file, "Headline"), id = Column(rows, file, "Body ID");
            int stance = Array.FindIndex(rows[0].Fields.ToArray(), f => f.Trim() == "Stance");
            foreach (CsvRecord r in rows.Skip(1))
            {
                int bodyId = ParseId(r, id, file);
                if (!bodies.TryGetValue(bodyId, out string? body))
                {
                    throw new InvalidDataException($"{file}:{r.Line}: unknown Body ID {bodyId}");
                }

                StanceLabel? gold = stance >= 0 && stance < r.Fields.Count ? StanceLabels.Parse(r.Fields[stance]) : null;
                pairs.Add(new FncPair(r.Fields[headline], bodyId, body, gold));
            }
        }

        return pairs;
    }

    private static IReadOnlyList<CsvRecord> ReadCsv(string file)
    {
        IReadOnlyList<CsvRecord> rows = CsvParser.Parse(File.ReadAllText(file), ',', out int? unterminated);
        if (unterminated is { } line)
        {
            throw new InvalidDataException($"{file}:{line}: unterminated quoted field");
        }

        return rows.Count > 0 ? rows : throw new InvalidDataException($"{file}: empty");
    }

    private static int Column(IReadOnlyList<CsvRecord> rows, string file, string name)
    {
        int i = Array.FindIndex(rows[0].Fields.ToArray(), f => f.Trim().TrimStart('\uFEFF') == name);
        return i >= 0 ? i : throw new InvalidDataException($"{file}: no column '{name}'");
    }

    private static int ParseId(CsvRecord r, int column, string file) =>
        column < r.Fields.Count && int.TryParse(r.Fields[column], out int id) ? id : throw new InvalidDataException($"{file}:{r.Line}: bad Body ID");
}
