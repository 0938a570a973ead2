namespace Crosscheck.Semantics;

/// <summary>
/// A small least-recently-used cache of vectors by exact text, so that a sentence met again (a quote repeated
/// across articles, a claim compared many times) is encoded once. Thread-safe (one lock; the work it guards is
/// tiny next to running the model). Callers get their own copy of a vector, never the cached array.
/// </summary>
internal sealed class EmbeddingCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> _index = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> _order = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _index.Count;
            }
        }
    }

    public bool TryGet(string text, out float[] vector)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(text, out LinkedListNode<(string Text, float[] Vector)>? node))
            {
                _order.Remove(node);
                _order.AddFirst(node);
                vector = (float[])node.Value.Vector.Clone();
                return true;
            }
        }

        vector = [];
        return false;
    }

    public void Add(string text, float[] vector)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_index.TryGetValue(text, out LinkedListNode<(string Text, float[] Vector)>? old))
            {
                _order.Remove(old);
            }
            else if (_index.Count >= capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _index.Remove(last.Value.Text);
            }

            _index[text] = _order.AddFirst((text, (float[])vector.Clone()));
        }
    }
}
