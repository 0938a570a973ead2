using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace Crosscheck.Semantics;

/// <summary>
/// all-MiniLM-L6-v2 in ONNX Runtime: BERT word pieces (lower-cased, accents stripped, as the model's own
/// tokenizer), one session with one intra-op thread, mean pooling over the attention mask, L2 normalisation.
/// Thread-safe: the tokenizer is immutable and ONNX Runtime allows concurrent runs of one session.
/// </summary>
internal sealed class MiniLmModel
{
    private const string InputIds = "input_ids";
    private const string AttentionMask = "attention_mask";
    private const string TokenTypeIds = "token_type_ids";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;

    private MiniLmModel(InferenceSession session, BertTokenizer tokenizer)
    {
        _session = session;
        _tokenizer = tokenizer;
        IReadOnlyDictionary<string, NodeMetadata> inputs = session.InputMetadata;
        foreach (string required in new[] { InputIds, AttentionMask })
        {
            if (!inputs.TryGetValue(required, out NodeMetadata? input) || input.ElementDataType != TensorElementType.Int64)
            {
                throw new SentenceEncoderException($"the model has no int64 input {required} (inputs: {string.Join(", ", inputs.Keys)})");
            }
        }

        _inputNames = inputs.ContainsKey(TokenTypeIds) ? [InputIds, AttentionMask, TokenTypeIds] : [InputIds, AttentionMask];
        string? tokenOutput = session.OutputMetadata
            .Where(o => o.Value.ElementDataType == TensorElementType.Float && o.Value.Dimensions is [_, _, SentenceEncoder.Dimensions])
            .Select(o => o.Key)
            .FirstOrDefault();
        _outputNames = tokenOutput is null
            ? throw new SentenceEncoderException($"the model has no float output of token vectors [batch, tokens, {SentenceEncoder.Dimensions}] (outputs: {string.Join(", ", session.OutputMetadata.Keys)})")
            : [tokenOutput];
    }

    /// <summary>The input names the session is run with (token_type_ids only when the model has it).</summary>
    public IReadOnlyList<string> InputNames => _inputNames;

    /// <summary>Reads the model and vocabulary from the package DLL at <paramref name="assemblyPath"/> and creates the session.</summary>
    public static MiniLmModel Load(string assemblyPath)
    {
        (byte[] model, byte[] vocabulary) = MiniLmModelFile.Read(assemblyPath);
        BertTokenizer tokenizer;
        try
        {
            using var vocabStream = new MemoryStream(vocabulary, writable: false);
            // Accents are stripped by AccentStripper: the tokenizer's RemoveNonSpacingMarks needs ICU, which the project does not use.
            tokenizer = BertTokenizer.Create(vocabStream, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = false });
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new SentenceEncoderException($"the vocabulary in {assemblyPath} could not be read: {e.Message}", e);
        }

        InferenceSession session;
        try
        {
            using var options = new SessionOptions
            {
                IntraOpNumThreads = 1,
                InterOpNumThreads = 1,
                ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
                GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            };
            session = new InferenceSession(model, options);
        }
        catch (Exception e) when (e is OnnxRuntimeException or DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException)
        {
            throw new SentenceEncoderException($"ONNX Runtime could not load the model in {assemblyPath}: {e.Message}", e);
        }

        return new MiniLmModel(session, tokenizer);
    }

    /// <summary>Word-piece ids with [CLS] and [SEP], cut to <see cref="SentenceEncoder.MaxTokens"/> in all.</summary>
    public int[] Tokenize(string text) =>
        [.. _tokenizer.EncodeToIds(AccentStripper.Strip(text), SentenceEncoder.MaxTokens, addSpecialTokens: true, out _, out _)];

    /// <summary>One unit vector per token sequence; the batch is padded to its longest sequence.</summary>
    public float[][] Embed(IReadOnlyList<int[]> batch)
    {
        int rows = batch.Count;
        int width = batch.Max(ids => ids.Length);
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        for (int r = 0; r < rows; r++)
        {
            int[] row = batch[r];
            for (int t = 0; t < row.Length; t++)
            {
                ids[(r * width) + t] = row[t];
                mask[(r * width) + t] = 1;
            }

            for (int t = row.Length; t < width; t++)
            {
                ids[(r * width) + t] = _tokenizer.PaddingTokenId;
            }
        }

        long[] shape = [rows, width];
        using OrtValue idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using OrtValue maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using OrtValue typesValue = OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape);
        OrtValue[] values = _inputNames.Length == 3 ? [idsValue, maskValue, typesValue] : [idsValue, maskValue];
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = _session.Run(runOptions, _inputNames, values, _outputNames);
        ReadOnlySpan<float> hidden = outputs[0].GetTensorDataAsSpan<float>();
        return MeanPool(hidden, batch, width);
    }

    private static float[][] MeanPool(ReadOnlySpan<float> hidden, IReadOnlyList<int[]> batch, int width)
    {
        const int d = SentenceEncoder.Dimensions;
        var result = new float[batch.Count][];
        var sum = new double[d];
        for (int r = 0; r < batch.Count; r++)
        {
            Array.Clear(sum);
            int tokens = batch[r].Length;
            for (int t = 0; t < tokens; t++)
            {
                ReadOnlySpan<float> vector = hidden.Slice(((r * width) + t) * d, d);
                for (int k = 0; k < d; k++)
                {
                    sum[k] += vector[k];
                }
            }

            double norm = 0;
            for (int k = 0; k < d; k++)
            {
                sum[k] /= Math.Max(tokens, 1);
                norm += sum[k] * sum[k];
            }

            norm = Math.Max(Math.Sqrt(norm), 1e-12);
            var v = new float[d];
            for (int k = 0; k < d; k++)
            {
                v[k] = (float)(sum[k] / norm);
            }

            result[r] = v;
        }

        return result;
    }
}
