using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// A SHACL property path. <see cref="Evaluate"/> returns the set of nodes reachable from a focus node; the
/// transitive forms walk breadth-first with a visited set, so cycles in the data end the walk.
/// </summary>
public abstract class PropertyPath
{
    /// <summary>The value nodes reached from the focus node, each once.</summary>
    public virtual IReadOnlyCollection<Term> Evaluate(DataGraph graph, Term focus)
    {
        var result = new HashSet<Term>();
        AddValues(graph, focus, result);
        return result;
    }

    internal abstract void AddValues(DataGraph graph, Term node, HashSet<Term> into);

    /// <summary>The path written back as RDF (as in the shapes graph), for sh:resultPath. Returns the root node.</summary>
    public abstract Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode);

    /// <summary>A compact SPARQL-like rendering for people, e.g. <c>^ex:p/ex:q*</c>.</summary>
    public abstract string Display(Func<Iri, string> name);

    /// <summary>The path with full IRIs, e.g. <c>^&lt;http://example.org/p&gt;</c>.</summary>
    public override string ToString() => Display(i => "<" + i.Value + ">");

    private protected static Term WriteList(IReadOnlyList<Term> items, ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        Term head = Vocab.Rdf.Nil;
        for (var i = items.Count - 1; i >= 0; i--)
        {
            var cell = newBlankNode();
            into.Add(new Quad(cell, Vocab.Rdf.First, items[i]));
            into.Add(new Quad(cell, Vocab.Rdf.Rest, head));
            head = cell;
        }
        return head;
    }
}

/// <summary>A single predicate: the objects of the focus node.</summary>
public sealed class PredicatePath(Iri predicate) : PropertyPath
{
    /// <summary>The predicate followed.</summary>
    public Iri Predicate { get; } = predicate;

    /// <inheritdoc/>
    // The common case: the index's own object set, with no copy.
    public override IReadOnlyCollection<Term> Evaluate(DataGraph graph, Term focus) => graph.Objects(focus, Predicate);

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        foreach (var o in graph.Objects(node, Predicate)) into.Add(o);
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode) => Predicate;

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => name(Predicate);
}

/// <summary>sh:inversePath: the subjects that point at the focus node.</summary>
public sealed class InversePath(PropertyPath inner) : PropertyPath
{
    /// <summary>The path inside this one.</summary>
    public PropertyPath Inner { get; } = inner;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        if (Inner is PredicatePath p)
        {
            foreach (var s in graph.Subjects(p.Predicate, node)) into.Add(s);
            return;
        }
        // The inverse of a complex path: every node from which the inner path reaches the focus node.
        foreach (var candidate in InverseOf(Inner, graph, node)) into.Add(candidate);
    }

    private static IEnumerable<Term> InverseOf(PropertyPath path, DataGraph graph, Term node)
    {
        var set = new HashSet<Term>();
        switch (path)
        {
            case PredicatePath p:
                foreach (var s in graph.Subjects(p.Predicate, node)) set.Add(s);
                break;
            case InversePath i:
                i.Inner.AddValues(graph, node, set);
                break;
            case SequencePath seq:
                var current = new HashSet<Term> { node };
                for (var k = seq.Steps.Count - 1; k >= 0; k--)
                {
                    var next = new HashSet<Term>();
                    foreach (var n in current) next.UnionWith(InverseOf(seq.Steps[k], graph, n));
                    current = next;
                }
                set = current;
                break;
            case AlternativePath alt:
                foreach (var a in alt.Alternatives) set.UnionWith(InverseOf(a, graph, node));
                break;
            case ZeroOrOnePath z:
                set.Add(node);
                set.UnionWith(InverseOf(z.Inner, graph, node));
                break;
            case ZeroOrMorePath or OneOrMorePath:
                var inner = path is ZeroOrMorePath zm ? zm.Inner : ((OneOrMorePath)path).Inner;
                var frontier = new Queue<Term>();
                frontier.Enqueue(node);
                var seen = new HashSet<Term>();
                while (frontier.Count > 0)
                {
                    foreach (var s in InverseOf(inner, graph, frontier.Dequeue()))
                    {
                        if (seen.Add(s)) frontier.Enqueue(s);
                    }
                }
                if (path is ZeroOrMorePath) seen.Add(node);
                set = seen;
                break;
        }
        return set;
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        var b = newBlankNode();
        into.Add(new Quad(b, ShaclVocab.InversePath, Inner.ToRdf(into, newBlankNode)));
        return b;
    }

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => "^" + Wrap(Inner, name);

    internal static string Wrap(PropertyPath p, Func<Iri, string> name) =>
        p is PredicatePath or InversePath ? p.Display(name) : "(" + p.Display(name) + ")";
}

/// <summary>An RDF list of paths followed one after another.</summary>
public sealed class SequencePath(IReadOnlyList<PropertyPath> steps) : PropertyPath
{
    /// <summary>The paths followed, in order.</summary>
    public IReadOnlyList<PropertyPath> Steps { get; } = steps;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        var current = new HashSet<Term> { node };
        for (var i = 0; i < Steps.Count; i++)
        {
            var next = i == Steps.Count - 1 ? into : new HashSet<Term>();
            foreach (var n in current) Steps[i].AddValues(graph, n, next);
            if (i < Steps.Count - 1) current = next;
        }
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode) =>
        WriteList(Steps.Select(s => s.ToRdf(into, newBlankNode)).ToList(), into, newBlankNode);

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) =>
        string.Join("/", Steps.Select(s => s is SequencePath or AlternativePath ? "(" + s.Display(name) + ")" : s.Display(name)));
}

/// <summary>sh:alternativePath: the union of the values of each alternative.</summary>
public sealed class AlternativePath(IReadOnlyList<PropertyPath> alternatives) : PropertyPath
{
    /// <summary>The paths whose values are joined.</summary>
    public IReadOnlyList<PropertyPath> Alternatives { get; } = alternatives;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        foreach (var a in Alternatives) a.AddValues(graph, node, into);
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        var b = newBlankNode();
        var list = WriteList(Alternatives.Select(s => s.ToRdf(into, newBlankNode)).ToList(), into, newBlankNode);
        into.Add(new Quad(b, ShaclVocab.AlternativePath, list));
        return b;
    }

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => string.Join("|", Alternatives.Select(s => InversePath.Wrap(s, name)));
}

/// <summary>sh:zeroOrMorePath: the focus node and everything reachable by repeating the inner path.</summary>
public sealed class ZeroOrMorePath(PropertyPath inner) : PropertyPath
{
    /// <summary>The path inside this one.</summary>
    public PropertyPath Inner { get; } = inner;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        into.Add(node);
        TransitivePath.Walk(Inner, graph, node, into);
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        var b = newBlankNode();
        into.Add(new Quad(b, ShaclVocab.ZeroOrMorePath, Inner.ToRdf(into, newBlankNode)));
        return b;
    }

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => InversePath.Wrap(Inner, name) + "*";
}

/// <summary>sh:oneOrMorePath: everything reachable by one or more repetitions of the inner path.</summary>
public sealed class OneOrMorePath(PropertyPath inner) : PropertyPath
{
    /// <summary>The path inside this one.</summary>
    public PropertyPath Inner { get; } = inner;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into) => TransitivePath.Walk(Inner, graph, node, into);

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        var b = newBlankNode();
        into.Add(new Quad(b, ShaclVocab.OneOrMorePath, Inner.ToRdf(into, newBlankNode)));
        return b;
    }

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => InversePath.Wrap(Inner, name) + "+";
}

/// <summary>sh:zeroOrOnePath: the focus node and the values of one step of the inner path.</summary>
public sealed class ZeroOrOnePath(PropertyPath inner) : PropertyPath
{
    /// <summary>The path inside this one.</summary>
    public PropertyPath Inner { get; } = inner;

    internal override void AddValues(DataGraph graph, Term node, HashSet<Term> into)
    {
        into.Add(node);
        Inner.AddValues(graph, node, into);
    }

    /// <inheritdoc/>
    public override Term ToRdf(ICollection<Quad> into, Func<BlankNode> newBlankNode)
    {
        var b = newBlankNode();
        into.Add(new Quad(b, ShaclVocab.ZeroOrOnePath, Inner.ToRdf(into, newBlankNode)));
        return b;
    }

    /// <inheritdoc/>
    public override string Display(Func<Iri, string> name) => InversePath.Wrap(Inner, name) + "?";
}

internal static class TransitivePath
{
    /// <summary>Adds every node reachable in one or more steps; the visited set makes cycles terminate.</summary>
    public static void Walk(PropertyPath step, DataGraph graph, Term start, HashSet<Term> into)
    {
        var visited = new HashSet<Term>();
        var frontier = new Queue<Term>();
        frontier.Enqueue(start);
        var next = new HashSet<Term>();
        while (frontier.Count > 0)
        {
            next.Clear();
            step.AddValues(graph, frontier.Dequeue(), next);
            foreach (var n in next)
            {
                if (visited.Add(n))
                {
                    into.Add(n);
                    frontier.Enqueue(n);
                }
            }
        }
    }
}
