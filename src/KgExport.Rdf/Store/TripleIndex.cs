namespace KgExport.Rdf;

/// <summary>
/// One graph's triples as three nested hash indexes over interned ids (SPO, POS, OSP), so every triple pattern is
/// answered by direct lookups, never by scanning triples that cannot match.
/// </summary>
/// <remarks>
/// The OSP index is built when a lookup first needs it (a pattern with a bound object and no bound predicate), by
/// replaying the triples in the order they were added, so it is the same index, in the same enumeration order, as
/// one kept up to date from the start. Many graphs (an exported article's) are never asked such a pattern, and the
/// OSP index was a third of what building them cost. Until then the added triples are kept in a list; the first
/// removal builds the index first. Concurrent readers of an unchanging index may race to build it: the build is
/// locked and published whole.
/// </remarks>
internal sealed class TripleIndex
{
    private readonly Dictionary<int, Dictionary<int, HashSet<int>>> _spo = [];
    private readonly Dictionary<int, Dictionary<int, HashSet<int>>> _pos = [];
    private Dictionary<int, Dictionary<int, HashSet<int>>>? _osp;
    private List<(int S, int P, int O)>? _added = [];
    private readonly Lock _building = new();

    public int Count { get; private set; }

    public bool Add(int s, int p, int o)
    {
        if (!Insert(_spo, s, p, o)) return false;
        Insert(_pos, p, o, s);
        if (_osp is { } osp) Insert(osp, o, s, p);
        else _added!.Add((s, p, o));
        Count++;
        return true;
    }

    public bool Remove(int s, int p, int o)
    {
        if (!Delete(_spo, s, p, o)) return false;
        Delete(_pos, p, o, s);
        Delete(Osp, o, s, p);
        Count--;
        return true;
    }

    /// <summary>The OSP index, built from the triples added so far when first needed.</summary>
    private Dictionary<int, Dictionary<int, HashSet<int>>> Osp
    {
        get
        {
            if (Volatile.Read(ref _osp) is { } built) return built;
            lock (_building)
            {
                if (_osp is null)
                {
                    var osp = new Dictionary<int, Dictionary<int, HashSet<int>>>();
                    foreach (var (s, p, o) in _added!) Insert(osp, o, s, p);
                    _added = null;
                    Volatile.Write(ref _osp, osp);
                }
                return _osp;
            }
        }
    }

    public bool Contains(int s, int p, int o) =>
        _spo.TryGetValue(s, out var ps) && ps.TryGetValue(p, out var os) && os.Contains(o);

    /// <summary>Triples matching a pattern; 0 stands for "any". Yields (s, p, o) id triples.</summary>
    public IEnumerable<(int S, int P, int O)> Match(int s, int p, int o)
    {
        if (s != 0)
        {
            if (!_spo.TryGetValue(s, out var ps)) yield break;
            if (p != 0)
            {
                if (!ps.TryGetValue(p, out var os)) yield break;
                if (o != 0)
                {
                    if (os.Contains(o)) yield return (s, p, o);
                    yield break;
                }
                foreach (var oo in os) yield return (s, p, oo);
                yield break;
            }
            if (o != 0)
            {
                if (!Osp.TryGetValue(o, out var sp) || !sp.TryGetValue(s, out var pset)) yield break;
                foreach (var pp in pset) yield return (s, pp, o);
                yield break;
            }
            foreach (var (pp, os) in ps)
                foreach (var oo in os) yield return (s, pp, oo);
            yield break;
        }
        if (p != 0)
        {
            if (!_pos.TryGetValue(p, out var osMap)) yield break;
            if (o != 0)
            {
                if (!osMap.TryGetValue(o, out var ss)) yield break;
                foreach (var sss in ss) yield return (sss, p, o);
                yield break;
            }
            foreach (var (oo, ss) in osMap)
                foreach (var sss in ss) yield return (sss, p, oo);
            yield break;
        }
        if (o != 0)
        {
            if (!Osp.TryGetValue(o, out var spMap)) yield break;
            foreach (var (ss, ps) in spMap)
                foreach (var pp in ps) yield return (ss, pp, o);
            yield break;
        }
        foreach (var (ss, ps) in _spo)
            foreach (var (pp, os) in ps)
                foreach (var oo in os) yield return (ss, pp, oo);
    }

    /// <summary>The exact number of triples matching a pattern where an index gives it directly, else an upper bound.</summary>
    public int Estimate(int s, int p, int o)
    {
        if (s != 0)
        {
            if (!_spo.TryGetValue(s, out var ps)) return 0;
            if (p != 0) return ps.TryGetValue(p, out var os) ? (o != 0 ? (os.Contains(o) ? 1 : 0) : os.Count) : 0;
            if (o != 0) return Osp.TryGetValue(o, out var sp) && sp.TryGetValue(s, out var pset) ? pset.Count : 0;
            return ps.Sum(kv => kv.Value.Count);
        }
        if (p != 0)
        {
            if (!_pos.TryGetValue(p, out var osMap)) return 0;
            if (o != 0) return osMap.TryGetValue(o, out var ss) ? ss.Count : 0;
            return osMap.Count * 2 > Count ? Count : osMap.Sum(kv => kv.Value.Count);
        }
        if (o != 0) return Osp.TryGetValue(o, out var spMap) ? spMap.Sum(kv => kv.Value.Count) : 0;
        return Count;
    }

    private static bool Insert(Dictionary<int, Dictionary<int, HashSet<int>>> index, int a, int b, int c)
    {
        if (!index.TryGetValue(a, out var level))
        {
            level = [];
            index[a] = level;
        }
        if (!level.TryGetValue(b, out var set))
        {
            set = [];
            level[b] = set;
        }
        return set.Add(c);
    }

    private static bool Delete(Dictionary<int, Dictionary<int, HashSet<int>>> index, int a, int b, int c)
    {
        if (!index.TryGetValue(a, out var level) || !level.TryGetValue(b, out var set) || !set.Remove(c)) return false;
        if (set.Count == 0)
        {
            level.Remove(b);
            if (level.Count == 0) index.Remove(a);
        }
        return true;
    }

    /// <summary>The objects of (s, p, ?), shared with the index (do not modify), or null when there are none.</summary>
    public HashSet<int>? ObjectsOf(int s, int p) =>
        _spo.TryGetValue(s, out var ps) && ps.TryGetValue(p, out var os) ? os : null;

    /// <summary>The subjects of (?, p, o), shared with the index (do not modify), or null when there are none.</summary>
    public HashSet<int>? SubjectsOf(int p, int o) =>
        _pos.TryGetValue(p, out var osMap) && osMap.TryGetValue(o, out var ss) ? ss : null;
}
