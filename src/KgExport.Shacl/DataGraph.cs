using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// One graph of a dataset seen as the data graph (or the shapes graph) of a validation: neighbour lookups through
/// the dataset's indexes, and SHACL class membership (rdf:type plus the rdfs:subClassOf closure of this graph).
/// </summary>
public sealed class DataGraph
{
    private readonly Dictionary<Term, HashSet<Term>> _superClasses = [];
    private readonly Dictionary<Term, HashSet<Term>> _subClasses = [];

    public DataGraph(Dataset dataset, Term? graph = null)
    {
        Dataset = dataset;
        Graph = graph;
    }

    public Dataset Dataset { get; }

    /// <summary>The graph name, or null for the default graph.</summary>
    public Term? Graph { get; }

    public IEnumerable<Term> Objects(Term subject, Iri predicate)
    {
        foreach (var q in Dataset.Match(subject, predicate, null, Graph)) yield return q.Object;
    }

    public IEnumerable<Term> Subjects(Iri predicate, Term @object)
    {
        foreach (var q in Dataset.Match(null, predicate, @object, Graph)) yield return q.Subject;
    }

    public IEnumerable<Quad> Match(Term? subject, Iri? predicate, Term? @object) => Dataset.Match(subject, predicate, @object, Graph);

    public bool Contains(Term subject, Iri predicate, Term @object) => Dataset.Contains(new Quad(subject, predicate, @object, Graph));

    public Term? FirstObject(Term subject, Iri predicate)
    {
        foreach (var q in Dataset.Match(subject, predicate, null, Graph)) return q.Object;
        return null;
    }

    /// <summary>Whether the node is a SHACL instance of the class: it has an rdf:type that is the class or a subclass of it.</summary>
    public bool IsInstanceOf(Term node, Term @class)
    {
        if (node is Literal) return false;
        foreach (var type in Objects(node, Vocab.Rdf.Type))
        {
            if (type.Equals(@class) || SuperClassesOf(type).Contains(@class)) return true;
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

    /// <summary>The strict transitive superclasses of a class (cycle-safe, cached).</summary>
    public IReadOnlySet<Term> SuperClassesOf(Term @class) => Closure(@class, _superClasses, forward: true);

    /// <summary>The strict transitive subclasses of a class (cycle-safe, cached).</summary>
    public IReadOnlySet<Term> SubClassesOf(Term @class) => Closure(@class, _subClasses, forward: false);

    private HashSet<Term> Closure(Term start, Dictionary<Term, HashSet<Term>> cache, bool forward)
    {
        if (cache.TryGetValue(start, out var found)) return found;
        var result = new HashSet<Term>();
        var stack = new Stack<Term>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var c = stack.Pop();
            var next = forward ? Objects(c, ShaclVocab.Rdfs.SubClassOf) : Subjects(ShaclVocab.Rdfs.SubClassOf, c);
            foreach (var n in next)
            {
                if (result.Add(n)) stack.Push(n);
            }
        }
        result.Remove(start);
        cache[start] = result;
        return result;
    }
}
