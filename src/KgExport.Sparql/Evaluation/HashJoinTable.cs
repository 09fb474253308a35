using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The materialised build side of a hash join, MINUS or OPTIONAL, keyed on variables both sides bind: of the slots
/// every probe row is expected to bind, those every build row binds. A build variable the probe rows may lack is
/// left out of the key (and compared row by row by the caller), so such a probe row still looks up one bucket
/// rather than scanning every build row. When no expected slot is bound by every build row, the key is the one
/// bound by most of them, and the build rows that lack it are candidates for every probe. A probe row that lacks a
/// key slot after all is compared with every build row. The rows are charged to the query's memory budget while the
/// table lives; disposing it releases them.
/// </summary>
internal sealed class HashJoinTable : IDisposable
{
    private readonly List<Term?[]> _rows = [];
    private readonly List<Term?[]> _unkeyed = [];
    private readonly int[] _keySlots;
    private readonly Dictionary<Term?[], List<Term?[]>> _buckets = new(Solution.EqualityComparer.Instance);
    private readonly MemoryHold _memory;

    /// <param name="rows">The build side.</param>
    /// <param name="probeSlots">The slots every probe row binds as far as the algebra tells (a hint: not trusted).</param>
    /// <param name="context">The query, for its clock and memory budget.</param>
    public HashJoinTable(IEnumerable<Term?[]> rows, IReadOnlyCollection<int> probeSlots, QueryContext context)
    {
        _memory = context.Memory.Hold();
        foreach (var r in rows)
        {
            context.Check();
            _memory.Add(MemoryBudget.SizeOf(r));
            _rows.Add(r);
        }
        _keySlots = ChooseKey(probeSlots);
        if (_keySlots.Length == 0) return;
        // A bucket's key and list for each row at most: a few references more per row.
        _memory.Add(_rows.Count * (16L + 8 * _keySlots.Length));
        foreach (var r in _rows)
        {
            if (KeyOf(r) is not { } key)
            {
                _unkeyed.Add(r);
                continue;
            }
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = [];
            list.Add(r);
        }
    }

    /// <summary>The expected probe slots every build row binds; failing those, the one most build rows bind.</summary>
    private int[] ChooseKey(IReadOnlyCollection<int> probeSlots)
    {
        if (_rows.Count == 0) return [];
        var always = new List<int>();
        var best = -1;
        var bestCount = 0;
        foreach (var slot in probeSlots.Distinct().Order())
        {
            var count = _rows.Count(r => Solution.Get(r, slot) is not null);
            if (count == _rows.Count) always.Add(slot);
            else if (count > bestCount)
            {
                best = slot;
                bestCount = count;
            }
        }
        if (always.Count > 0) return [.. always];
        return best >= 0 ? [best] : [];
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

    /// <summary>The build rows that may be compatible with the probe row (every other one is not).</summary>
    public IEnumerable<Term?[]> Candidates(Term?[] probe)
    {
        if (_keySlots.Length == 0) return _rows;
        var key = KeyOf(probe);
        if (key is null) return _rows;
        var bucket = _buckets.TryGetValue(key, out var list) ? list : [];
        return _unkeyed.Count == 0 ? bucket : bucket.Concat(_unkeyed);
    }

    public void Dispose() => _memory.Dispose();
}
