namespace KgExport.Rdf;

/// <summary>
/// A triple in a graph. <see cref="Graph"/> is null for the default graph, otherwise an IRI or blank node.
/// </summary>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Object, Term? Graph = null)
{
    public bool InDefaultGraph => Graph is null;

    public Triple Triple => new(Subject, Predicate, Object);

    public Quad InGraph(Term? graph) => this with { Graph = graph };

    public override string ToString() => NTriplesFormatter.Format(this);
}

/// <summary>A subject, predicate and object.</summary>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Object)
{
    public Quad InGraph(Term? graph) => new(Subject, Predicate, Object, graph);

    public override string ToString() => NTriplesFormatter.Format(InGraph(null));
}
