namespace KgExport.Rdf;

/// <summary>
/// An in-memory RDF dataset: a default graph and any number of named graphs, each indexed SPO/POS/OSP over
/// interned terms. Not thread-safe for writers; enumerating while modifying throws.
/// </summary>
/// <remarks>
/// A dataset made with <c>unionDefaultGraph: true</c> reads its default graph as the live merge of the triples
/// stored in the default graph itself and of every named graph: a change to a named graph shows in the default
/// graph at once. Writes to the default graph (a null graph) go to the stored part only, so a triple that a named
/// graph also holds stays in the merge until that graph loses it too. <see cref="Quads"/> and
/// <see cref="MatchAllGraphs"/> give what is stored (the stored default graph, then the named graphs), never the
/// merge twice.
/// </remarks>
public sealed partial class Dataset
{
    private readonly TermDictionary _terms = new();
    private readonly TripleIndex _default = new();
    private readonly Dictionary<int, TripleIndex> _named = [];
    private readonly UnionDefaultGraph? _union;
    private DatasetChanges? _recording;

    public Dataset()
    {
    }

    public Dataset(bool unionDefaultGraph)
    {
        if (unionDefaultGraph) _union = new UnionDefaultGraph(_default);
    }

    public Dataset(IEnumerable<Quad> quads)
    {
        AddRange(quads);
    }

    /// <summary>Whether the default graph reads as the merge of the stored default graph and every named graph.</summary>
    public bool DefaultGraphIsUnion => _union is not null;

    /// <summary>Prefixes worth keeping for output (e.g. those declared in the parsed input).</summary>
    public PrefixMap Prefixes { get; } = new();

    /// <summary>Number of stored quads across all graphs (the union view counts nothing twice).</summary>
    public int Count => (_union?.StoredCount ?? _default.Count) + _named.Values.Sum(g => g.Count);

    public TermDictionary Terms => _terms;

    /// <summary>Names of the non-empty named graphs, in no particular order.</summary>
    public IEnumerable<Term> NamedGraphs => _named.Where(kv => kv.Value.Count > 0).Select(kv => _terms[kv.Key]);

    public bool Add(Quad quad)
    {
        var s = _terms.GetOrAdd(quad.Subject);
        var p = _terms.GetOrAdd(quad.Predicate);
        var o = _terms.GetOrAdd(quad.Object);
        if (quad.Graph is null && _union is not null)
        {
            if (!_union.AddStored(s, p, o)) return false;
        }
        else
        {
            if (!IndexFor(quad.Graph, create: true)!.Add(s, p, o)) return false;
            if (quad.Graph is not null) _union?.HeldByNamedGraph(s, p, o);
        }
        _recording?.Record(added: true, quad);
        return true;
    }

    public bool Add(Term subject, Iri predicate, Term @object, Term? graph = null) => Add(new Quad(subject, predicate, @object, graph));

    public int AddRange(IEnumerable<Quad> quads)
    {
        var added = 0;
        foreach (var q in quads)
        {
            if (Add(q)) added++;
        }
        return added;
    }

    public bool Remove(Quad quad)
    {
        var s = _terms.Find(quad.Subject);
        var p = _terms.Find(quad.Predicate);
        var o = _terms.Find(quad.Object);
        if (s == 0 || p == 0 || o == 0) return false;
        if (quad.Graph is null && _union is not null)
        {
            if (!_union.RemoveStored(s, p, o)) return false;
        }
        else
        {
            var index = IndexFor(quad.Graph, create: false);
            if (index is null || !index.Remove(s, p, o)) return false;
            if (quad.Graph is not null) _union?.ReleasedByNamedGraph(s, p, o);
        }
        _recording?.Record(added: false, quad);
        return true;
    }

    /// <summary>Whether the quad is in its graph (for the default graph of a union dataset: in the merge).</summary>
    public bool Contains(Quad quad)
    {
        var index = IndexFor(quad.Graph, create: false);
        if (index is null) return false;
        var s = _terms.Find(quad.Subject);
        var p = _terms.Find(quad.Predicate);
        var o = _terms.Find(quad.Object);
        return s != 0 && p != 0 && o != 0 && index.Contains(s, p, o);
    }

    /// <summary>Whether the named graph exists and has at least one triple.</summary>
    public bool HasGraph(Term graph)
    {
        var id = _terms.Find(graph);
        return id != 0 && _named.TryGetValue(id, out var g) && g.Count > 0;
    }

    /// <summary>
    /// The quads of one graph (null: the default graph, in a union dataset the merge) matching a pattern; a null
    /// position matches anything.
    /// </summary>
    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? @object, Term? graph)
    {
        var index = IndexFor(graph, create: false);
        if (index is null) return [];
        return MatchIn(index, graph, subject, predicate, @object);
    }

    /// <summary>Stored quads matching the pattern in every graph, default graph first.</summary>
    public IEnumerable<Quad> MatchAllGraphs(Term? subject, Term? predicate, Term? @object)
    {
        foreach (var q in MatchStoredDefault(subject, predicate, @object)) yield return q;
        foreach (var (gid, index) in _named.ToArray())
        {
            foreach (var q in MatchIn(index, _terms[gid], subject, predicate, @object)) yield return q;
        }
    }

    /// <summary>How many quads a pattern matches in one graph (exact where an index answers it, else an upper bound).</summary>
    public int Estimate(Term? subject, Term? predicate, Term? @object, Term? graph)
    {
        var index = IndexFor(graph, create: false);
        if (index is null) return 0;
        if (!TryIds(subject, predicate, @object, out var s, out var p, out var o)) return 0;
        return index.Estimate(s, p, o);
    }

    /// <summary>Every stored quad, default graph first.</summary>
    public IEnumerable<Quad> Quads => MatchAllGraphs(null, null, null);

    /// <summary>Removes every triple of a graph (null: the stored default graph).</summary>
    public void ClearGraph(Term? graph)
    {
        if (graph is null)
        {
            foreach (var q in MatchStoredDefault(null, null, null).ToList()) Remove(q);
            return;
        }
        var id = _terms.Find(graph);
        if (id == 0 || !_named.TryGetValue(id, out var index)) return;
        if (_union is not null || _recording is not null)
        {
            foreach (var q in MatchIn(index, graph, null, null, null).ToList()) Remove(q);
        }
        _named.Remove(id);
    }

    public void Clear()
    {
        ClearGraph(null);
        foreach (var g in _named.Keys.ToList()) ClearGraph(_terms[g]);
        _named.Clear();
    }

    /// <summary>
    /// Starts recording the net effect of every change until <see cref="EndRecording"/>: what a writer needs to make
    /// a group of changes durable, or to undo them. One recording at a time.
    /// </summary>
    public DatasetChanges BeginRecording()
    {
        if (_recording is not null) throw new InvalidOperationException("the dataset is already recording changes");
        _recording = new DatasetChanges();
        return _recording;
    }

    public void EndRecording() => _recording = null;

    /// <summary>The triples stored in the default graph itself (in a union dataset, not the merge).</summary>
    private IEnumerable<Quad> MatchStoredDefault(Term? subject, Term? predicate, Term? @object)
    {
        if (_union is null)
        {
            foreach (var q in MatchIn(_default, null, subject, predicate, @object)) yield return q;
            yield break;
        }
        if (!TryIds(subject, predicate, @object, out var s, out var p, out var o)) yield break;
        foreach (var (ts, tp, to) in _union.MatchStored(s, p, o)) yield return new Quad(_terms[ts], (Iri)_terms[tp], _terms[to]);
    }

    private IEnumerable<Quad> MatchIn(TripleIndex index, Term? graph, Term? subject, Term? predicate, Term? @object)
    {
        if (!TryIds(subject, predicate, @object, out var s, out var p, out var o)) yield break;
        foreach (var (ts, tp, to) in index.Match(s, p, o))
        {
            yield return new Quad(_terms[ts], (Iri)_terms[tp], _terms[to], graph);
        }
    }

    private bool TryIds(Term? subject, Term? predicate, Term? @object, out int s, out int p, out int o)
    {
        s = p = o = 0;
        if (subject is not null && (s = _terms.Find(subject)) == 0) return false;
        if (predicate is not null && (p = _terms.Find(predicate)) == 0) return false;
        if (@object is not null && (o = _terms.Find(@object)) == 0) return false;
        return true;
    }

    /// <summary>The index a read of a graph uses (null: the default graph, in a union dataset the merge).</summary>
    private TripleIndex? IndexFor(Term? graph, bool create)
    {
        if (graph is null) return _default;
        var id = create ? _terms.GetOrAdd(graph) : _terms.Find(graph);
        if (id == 0) return null;
        if (_named.TryGetValue(id, out var index)) return index;
        if (!create) return null;
        index = new TripleIndex();
        _named[id] = index;
        return index;
    }
}
