namespace KgExport.Rdf.Syntax;

/// <summary>
/// Remembers the term made from a token's text, so repeated IRIs, prefixed names, blank node labels and language
/// tags cost a lookup on the span instead of a string and an object. Bounded: it forgets everything when full.
/// </summary>
internal sealed class TermCache<T>
    where T : class
{
    private readonly Dictionary<string, T> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _capacity;

    public TermCache(int capacity = 1 << 16)
    {
        _capacity = capacity;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value) => _lookup.TryGetValue(key, out value!);

    public void Add(ReadOnlySpan<char> key, T value)
    {
        if (_map.Count >= _capacity) _map.Clear();
        _lookup[key] = value;
    }

    public void Clear() => _map.Clear();
}
