using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The materialised build side of a hash join, keyed on the variables every build row binds. Probe rows that
/// bind all those variables look up one bucket; others fall back to scanning every row. The rows are charged to the
/// query's memory budget while the table lives; disposing it releases them.
/// </summary>
internal sealed class HashJoinTable : IDisposable
{
    private readonly List<Term?[]> _rows = [];
    private readonly int[] _keySlots;
    private readonly Dictionary<Term?[], List<Term?[]>> _buckets = new(Solution.EqualityComparer.Instance);
    private readonly MemoryHold _memory;

    public HashJoinTable(IEnumerable<Term?[]> rows, QueryContext context)
    {
        _memory = context.Memory.Hold();
        foreach (var r in rows)
        {
            context.Check();
            _memory.Add(MemoryBudget.SizeOf(r));
            _rows.Add(r);
        }
        var width = _rows.Count == 0 ? 0 : _rows.Max(r => r.Length);
        var keys = new List<int>();
        for (var i = 0; i < width && _rows.Count > 0; i++)
        {
            if (_rows.TrueForAll(r => Solution.Get(r, i) is not null)) keys.Add(i);
        }
        _keySlots = [.. keys];
        if (_keySlots.Length == 0) return;
        // A bucket's key and list for each row at most: a few references more per row.
        _memory.Add(_rows.Count * (16L + 8 * _keySlots.Length));
        foreach (var r in _rows)
        {
            var key = KeyOf(r)!;
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(r);
        }
    }

    private Term?[]? KeyOf(Term?[] row)
    {
        var key = new Term?[_keySlots.Length];
        for (var i = 0; i < _keySlots.Length; i++)
        {
            var t = Solution.Get(row, _keySlots[i]);
            if (t is null) return null;
            key[i] = t;
        }
        return key;
    }

    public IReadOnlyList<Term?[]> Candidates(Term?[] probe)
    {
        if (_keySlots.Length == 0) return _rows;
        var key = KeyOf(probe);
        if (key is null) return _rows;
        return _buckets.TryGetValue(key, out var list) ? list : [];
    }

    public void Dispose() => _memory.Dispose();
}
