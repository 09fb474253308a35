using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The materialised build side of a hash join, keyed on the variables every build row binds. Probe rows that
/// bind all those variables look up one bucket; others fall back to scanning every row.
/// </summary>
internal sealed class HashJoinTable
{
    private readonly List<Term?[]> _rows = [];
    private readonly int[] _keySlots;
    private readonly Dictionary<Term?[], List<Term?[]>> _buckets = new(Solution.EqualityComparer.Instance);

    public HashJoinTable(IEnumerable<Term?[]> rows, QueryContext context)
    {
        foreach (var r in rows)
        {
            context.Check();
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
}
