namespace KgExport.Rdf;

/// <summary>
/// Keeps a dataset's default graph as the merge of every graph it holds, up to date with each change: the merge is
/// an ordinary index (so queries on the default graph cost what they cost on a copy), and a triple leaves it only
/// when the last graph holding it lets it go. Only triples held by two or more graphs are counted, which for an
/// export (article graphs sharing labels and entities) is a small part of the whole. The triples stored in the
/// default graph itself are a set beside the merge, not a second index, and not even that until a named graph holds
/// a triple: until then the merge is the stored default graph, so a store of plain triples is indexed once and
/// costs nothing more (the set is made, in one pass, when the first named-graph triple arrives).
/// </summary>
internal sealed class UnionDefaultGraph(TripleIndex merge)
{
    /// <summary>For a triple held by more than one graph: how many graphs beyond the first hold it.</summary>
    private readonly Dictionary<(int S, int P, int O), int> _extraHolders = [];

    /// <summary>The triples stored in the default graph itself; null while that is the whole merge.</summary>
    private HashSet<(int S, int P, int O)>? _stored;

    public int StoredCount => _stored?.Count ?? merge.Count;

    /// <summary>Stores a triple in the default graph itself; false when it was there already.</summary>
    public bool AddStored(int s, int p, int o)
    {
        if (_stored is null) return merge.Add(s, p, o);
        if (!_stored.Add((s, p, o))) return false;
        Held(s, p, o);
        return true;
    }

    public bool RemoveStored(int s, int p, int o)
    {
        if (_stored is null) return merge.Remove(s, p, o);
        if (!_stored.Remove((s, p, o))) return false;
        Released(s, p, o);
        return true;
    }

    /// <summary>The stored triples matching a pattern (0: any), through the merge's indexes when anything is bound.</summary>
    public IEnumerable<(int S, int P, int O)> MatchStored(int s, int p, int o) =>
        _stored is null ? merge.Match(s, p, o)
        : s == 0 && p == 0 && o == 0 ? _stored
        : merge.Match(s, p, o).Where(_stored.Contains);

    /// <summary>A named graph holds one more triple.</summary>
    public void HeldByNamedGraph(int s, int p, int o)
    {
        if (_stored is null)
        {
            _stored = new HashSet<(int S, int P, int O)>(merge.Count);
            foreach (var t in merge.Match(0, 0, 0)) _stored.Add(t);
        }
        Held(s, p, o);
    }

    /// <summary>A named graph holds one triple fewer.</summary>
    public void ReleasedByNamedGraph(int s, int p, int o) => Released(s, p, o);

    private void Held(int s, int p, int o)
    {
        if (merge.Add(s, p, o)) return;
        var key = (s, p, o);
        _extraHolders[key] = _extraHolders.GetValueOrDefault(key) + 1;
    }

    private void Released(int s, int p, int o)
    {
        var key = (s, p, o);
        if (_extraHolders.TryGetValue(key, out var extra))
        {
            if (extra == 1) _extraHolders.Remove(key);
            else _extraHolders[key] = extra - 1;
            return;
        }
        merge.Remove(s, p, o);
    }
}
