namespace KgExport.Rdf;

/// <summary>
/// An in-memory RDF dataset: a default graph and any number of named graphs, each indexed SPO/POS/OSP over
/// interned terms. Not thread-safe for writers; enumerating while modifying throws.
/// </summary>
public sealed partial class Dataset
{
    private readonly TermDictionary _terms = new();
    private readonly TripleIndex _default = new();
    private readonly Dictionary<int, TripleIndex> _named = [];

    public Dataset()
    {
    }

    public Dataset(IEnumerable<Quad> quads)
    {
        AddRange(quads);
    }

    /// <summary>Prefixes worth keeping for output (e.g. those declared in the parsed input).</summary>
    public PrefixMap Prefixes { get; } = new();

    /// <summary>Number of quads across all graphs.</summary>
    public int Count => _default.Count + _named.Values.Sum(g => g.Count);

    public TermDictionary Terms => _terms;

    /// <summary>Names of the non-empty named graphs, in no particular order.</summary>
    public IEnumerable<Term> NamedGraphs => _named.Where(kv => kv.Value.Count > 0).Select(kv => _terms[kv.Key]);

    public bool Add(Quad quad)
    {
        var s = _terms.GetOrAdd(quad.Subject);
        var p = _terms.GetOrAdd(quad.Predicate);
        var o = _terms.GetOrAdd(quad.Object);
        return IndexFor(quad.Graph, create: true)!.Add(s, p, o);
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
        var index = IndexFor(quad.Graph, create: false);
        if (index is null) return false;
        var s = _terms.Find(quad.Subject);
        var p = _terms.Find(quad.Predicate);
        var o = _terms.Find(quad.Object);
        return s != 0 && p != 0 && o != 0 && index.Remove(s, p, o);
    }

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
    /// The quads of one graph (null: the default graph) matching a pattern; a null position matches anything.
    /// </summary>
    public IEnumerable<Quad> Match(Term? subject, Term? predicate, Term? @object, Term? graph)
    {
        var index = IndexFor(graph, create: false);
        if (index is null) return [];
        return MatchIn(index, graph, subject, predicate, @object);
    }

    /// <summary>Quads matching the pattern in every graph, default graph first.</summary>
    public IEnumerable<Quad> MatchAllGraphs(Term? subject, Term? predicate, Term? @object)
    {
        foreach (var q in Match(subject, predicate, @object, null)) yield return q;
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

    /// <summary>Every quad, default graph first.</summary>
    public IEnumerable<Quad> Quads => MatchAllGraphs(null, null, null);

    /// <summary>Removes every triple of a graph (null: the default graph).</summary>
    public void ClearGraph(Term? graph)
    {
        if (graph is null)
        {
            foreach (var q in Match(null, null, null, null).ToList()) Remove(q);
            return;
        }
        var id = _terms.Find(graph);
        if (id != 0) _named.Remove(id);
    }

    public void Clear()
    {
        ClearGraph(null);
        _named.Clear();
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
