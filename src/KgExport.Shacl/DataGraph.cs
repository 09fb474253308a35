using System.Collections;
using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// One graph of a dataset seen as the data graph (or the shapes graph) of a validation: neighbour lookups through
/// the dataset's indexes by interned id, and SHACL class membership (rdf:type plus the rdfs:subClassOf closure of
/// this graph), cached per class.
/// </summary>
public sealed class DataGraph
{
    private readonly Dictionary<int, HashSet<int>> _superClasses = [];
    private readonly Dictionary<Term, HashSet<Term>> _subClasses = [];
    private readonly Dictionary<Term, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly int _type;
    private readonly int _subClassOf;

    /// <summary>The graph <paramref name="graph"/> of <paramref name="dataset"/> (null: the default graph).</summary>
    public DataGraph(Dataset dataset, Term? graph = null)
    {
        Dataset = dataset;
        Graph = graph;
        _type = dataset.IdOf(Vocab.Rdf.Type);
        _subClassOf = dataset.IdOf(ShaclVocab.Rdfs.SubClassOf);
    }

    /// <summary>The dataset the graph belongs to.</summary>
    public Dataset Dataset { get; }

    /// <summary>The graph name, or null for the default graph.</summary>
    public Term? Graph { get; }

    /// <summary>The objects of (subject, predicate, ?) as a read-only set view (no copy).</summary>
    public IReadOnlyCollection<Term> Objects(Term subject, Iri predicate) =>
        View(Dataset.ObjectIds(IdOf(subject), IdOfShapeTerm(predicate), Graph));

    /// <summary>The subjects of (?, predicate, object) as a read-only set view (no copy).</summary>
    public IReadOnlyCollection<Term> Subjects(Iri predicate, Term @object) =>
        View(Dataset.SubjectIds(IdOfShapeTerm(predicate), IdOf(@object), Graph));

    /// <summary>The quads of this graph matching the pattern; null matches anything.</summary>
    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? @object) => Dataset.Match(subject, predicate, @object, Graph);

    /// <summary>Whether this graph holds the triple.</summary>
    public bool Contains(Term subject, Iri predicate, Term @object) => Dataset.Contains(new Quad(subject, predicate, @object, Graph));

    /// <summary>One object of (subject, predicate, ?), or null when there is none.</summary>
    public Term? FirstObject(Term subject, Iri predicate)
    {
        var ids = Dataset.ObjectIds(IdOf(subject), IdOfShapeTerm(predicate), Graph);
        if (ids is null) return null;
        foreach (var id in ids) return Dataset.TermOf(id);
        return null;
    }

    /// <summary>Whether the node is a SHACL instance of the class: it has an rdf:type that is the class or a subclass of it.</summary>
    public bool IsInstanceOf(Term node, Term @class)
    {
        if (node is Literal) return false;
        var types = Dataset.ObjectIds(IdOf(node), _type, Graph);
        if (types is null) return false;
        var cls = IdOfShapeTerm(@class);
        if (cls == 0) return false;
        if (types.Contains(cls)) return true;
        foreach (var t in types)
        {
            if (SuperClassIds(t).Contains(cls)) return true;
        }
        return false;
    }

    /// <summary>Every SHACL instance of the class, each once.</summary>
    public IEnumerable<Term> InstancesOf(Term @class)
    {
        var seen = new HashSet<Term>();
        foreach (var c in SubClassesOf(@class).Prepend(@class))
        {
            foreach (var s in Subjects(Vocab.Rdf.Type, c))
            {
                if (seen.Add(s)) yield return s;
            }
        }
    }

    /// <summary>The strict transitive subclasses of a class (cycle-safe, cached).</summary>
    public IReadOnlySet<Term> SubClassesOf(Term @class)
    {
        if (_subClasses.TryGetValue(@class, out var found)) return found;
        var result = new HashSet<Term>();
        var stack = new Stack<Term>();
        stack.Push(@class);
        while (stack.Count > 0)
        {
            foreach (var n in Subjects(ShaclVocab.Rdfs.SubClassOf, stack.Pop()))
            {
                if (result.Add(n)) stack.Push(n);
            }
        }
        result.Remove(@class);
        _subClasses[@class] = result;
        return result;
    }

    private HashSet<int> SuperClassIds(int @class)
    {
        if (_superClasses.TryGetValue(@class, out var found)) return found;
        var result = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(@class);
        while (stack.Count > 0)
        {
            var supers = Dataset.ObjectIds(stack.Pop(), _subClassOf, Graph);
            if (supers is null) continue;
            foreach (var n in supers)
            {
                if (result.Add(n)) stack.Push(n);
            }
        }
        _superClasses[@class] = result;
        return result;
    }

    /// <summary>
    /// The id of a data term. Validation asks about the same term objects (focus nodes, value nodes handed out by
    /// this graph) many times in a row, so a small cache keyed by object identity answers most lookups without
    /// hashing the term's text.
    /// </summary>
    private int IdOf(Term term)
    {
        var recent = _recent ??= new (Term?, int)[RecentSize(Dataset.Terms.Count)];
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(term) & (recent.Length - 1);
        ref var entry = ref recent[slot];
        if (ReferenceEquals(entry.Term, term)) return entry.Id;
        var id = Dataset.IdOf(term);
        entry = (term, id);
        return id;
    }

    /// <summary>
    /// The most slots the cache of recent ids has (64 KB); a small graph (one article's: a few hundred terms) gets a
    /// power of two of about twice its term count, so a validation per article does not clear 64 KB each time.
    /// </summary>
    private const int MaxRecentSize = 4096;

    private static int RecentSize(int terms) => (int)Math.Min(MaxRecentSize, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, terms * 2)));

    private (Term? Term, int Id)[]? _recent;

    // Shape-side terms (predicates, classes) are the same few objects again and again: remember their ids by reference.
    private int IdOfShapeTerm(Term term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = Dataset.IdOf(term);
        if (_ids.Count < 100_000) _ids[term] = id;
        return id;
    }

    private IReadOnlyCollection<Term> View(IReadOnlySet<int>? ids) => ids is null || ids.Count == 0 ? [] : new TermSetView(Dataset, ids);

    /// <summary>A set of interned ids seen as terms, without copying.</summary>
    private sealed class TermSetView(Dataset dataset, IReadOnlySet<int> ids) : IReadOnlyCollection<Term>, ICollection<Term>
    {
        public int Count => ids.Count;

        public bool IsReadOnly => true;

        public bool Contains(Term item)
        {
            var id = dataset.IdOf(item);
            return id != 0 && ids.Contains(id);
        }

        public IEnumerator<Term> GetEnumerator()
        {
            foreach (var id in ids) yield return dataset.TermOf(id);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public void CopyTo(Term[] array, int arrayIndex)
        {
            foreach (var id in ids) array[arrayIndex++] = dataset.TermOf(id);
        }

        public void Add(Term item) => throw new NotSupportedException();

        public void Clear() => throw new NotSupportedException();

        public bool Remove(Term item) => throw new NotSupportedException();
    }
}
