using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// The shapes of a shapes graph, read once into a model with checked parameters: every node that is a shape by
/// the spec's definition (typed sh:NodeShape/sh:PropertyShape, has a target, is an implicit class target, or is
/// referenced from another shape) with its targets and constraints. Ill-formed shapes raise
/// <see cref="ShapesGraphException"/>.
/// </summary>
public sealed partial class ShapesGraph
{
    private readonly Dictionary<Term, Shape> _shapes = [];
    private readonly List<Shape> _order = [];
    private readonly DataGraph _graph;
    private readonly HashSet<Iri> _sparqlComponentParameters = [];
    private readonly List<SparqlComponent> _sparqlComponents = [];
    private int _depth;

    /// <summary>A SPARQL-based constraint component declared in the shapes graph.</summary>
    private sealed record SparqlComponent(Iri Iri, IReadOnlyList<(Iri Path, string Name, bool Optional)> Parameters, Term? AskValidator, Term? NodeValidator, Term? PropertyValidator, IReadOnlyList<Literal> Messages);

    private ShapesGraph(DataGraph graph)
    {
        _graph = graph;
    }

    /// <summary>Every shape, in the order it was read.</summary>
    internal IReadOnlyList<Shape> Shapes => _order;

    /// <summary>The active shapes that have at least one target: validation starts from these.</summary>
    internal IEnumerable<Shape> TargetedShapes => _order.Where(s => s.Targets.Count > 0 && !s.Deactivated);

    internal Shape? Find(Term node) => _shapes.GetValueOrDefault(node);

    /// <summary>The graph the shapes were read from (SHACL-SPARQL queries may read it through $shapesGraph).</summary>
    internal DataGraph Source => _graph;

    /// <summary>Reads the shapes of one graph of a dataset (null: the default graph).</summary>
    public static ShapesGraph Load(Dataset dataset, Term? graph = null, CancellationToken cancellationToken = default)
    {
        var shapes = new ShapesGraph(new DataGraph(dataset, graph));
        shapes.ReadAll(cancellationToken);
        return shapes;
    }

    private void ReadAll(CancellationToken cancellationToken)
    {
        FindSparqlComponentParameters();
        var roots = new List<Term>();
        foreach (var targetPredicate in TargetPredicates)
        {
            roots.AddRange(_graph.Match(null, targetPredicate, null).Select(q => q.Subject));
        }
        roots.AddRange(_graph.InstancesOf(ShaclVocab.NodeShape));
        roots.AddRange(_graph.InstancesOf(ShaclVocab.PropertyShape));
        // A class that carries constraint parameters is a shape too (and an implicit class target).
        foreach (var cls in _graph.InstancesOf(ShaclVocab.Rdfs.Class))
        {
            if (_graph.Match(cls, null, null).Any(q => IsConstraintParameter(q.Predicate))) roots.Add(cls);
        }
        var ordered = roots.Distinct().OrderBy(t => t, TermComparer.Instance).ToList();
        foreach (var node in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Get(node);
        }
    }

    private void FindSparqlComponentParameters()
    {
        foreach (var component in _graph.InstancesOf(ShaclVocab.ConstraintComponent).OrderBy(t => t, TermComparer.Instance))
        {
            if (component is not Iri iri) throw new ShapesGraphException(component, "a constraint component must be an IRI");
            var parameters = new List<(Iri, string, bool)>();
            foreach (var parameter in _graph.Objects(component, ShaclVocab.Parameter))
            {
                if (_graph.FirstObject(parameter, ShaclVocab.Path) is not Iri p) throw new ShapesGraphException(component, "a parameter needs an IRI sh:path");
                _sparqlComponentParameters.Add(p);
                var optional = _graph.FirstObject(parameter, ShaclVocab.Sh("optional")) is Literal { LexicalForm: "true" };
                var name = p.Value[(Math.Max(p.Value.LastIndexOf('#'), p.Value.LastIndexOf('/')) + 1)..];
                parameters.Add((p, name, optional));
            }
            var messages = _graph.Objects(component, ShaclVocab.Message).OfType<Literal>().OrderBy(m => m, TermComparer.Instance).ToList();
            _sparqlComponents.Add(new SparqlComponent(
                iri,
                [.. parameters.OrderBy(x => x.Item2, StringComparer.Ordinal)],
                _graph.FirstObject(component, ShaclVocab.Sh("validator")),
                _graph.FirstObject(component, ShaclVocab.Sh("nodeValidator")),
                _graph.FirstObject(component, ShaclVocab.Sh("propertyValidator")),
                messages));
        }
    }

    /// <summary>Adds a constraint for each SPARQL-based component whose mandatory parameters the shape has.</summary>
    private void ReadSparqlComponents(Shape shape)
    {
        foreach (var component in _sparqlComponents)
        {
            var values = new Dictionary<string, Term>(StringComparer.Ordinal);
            var complete = true;
            foreach (var (path, name, optional) in component.Parameters)
            {
                var value = _graph.FirstObject(shape.Node, path);
                if (value is not null) values[name] = value;
                else if (!optional) complete = false;
            }
            if (!complete || values.Count == 0) continue;
            var (validator, isAsk) = shape is PropertyShape && component.PropertyValidator is { } pv ? (pv, false)
                : shape is NodeShape && component.NodeValidator is { } nv ? (nv, false)
                : component.AskValidator is { } av ? (av, true)
                : (null, false);
            if (validator is null) continue;
            var text = _graph.FirstObject(validator, ShaclVocab.Sh(isAsk ? "ask" : "select")) as Literal
                ?? throw new ShapesGraphException(component.Iri, $"the validator {validator} has no sh:{(isAsk ? "ask" : "select")} string");
            var query = SparqlPreBinding.Prepare(shape.Node, text.LexicalForm, Prefixes(validator), shape.Path, component.Parameters.Select(p => p.Name), values);
            var messages = _graph.Objects(validator, ShaclVocab.Message).OfType<Literal>().OrderBy(m => m, TermComparer.Instance).ToList();
            shape.AddConstraint(new SparqlComponentConstraint(component.Iri, query, isAsk, values, messages.Count > 0 ? messages : component.Messages));
        }
    }

    private Shape Get(Term node)
    {
        if (_shapes.TryGetValue(node, out var existing)) return existing;
        if (node is Literal) throw new ShapesGraphException(null, $"the literal {node} is used where a shape is expected");
        var paths = _graph.Objects(node, ShaclVocab.Path).ToList();
        if (paths.Count > 1) throw new ShapesGraphException(node, "a property shape has exactly one sh:path, found " + paths.Count);
        Shape shape = paths.Count == 1
            ? new PropertyShape(node, ReadPath(node, paths[0], []))
            : new NodeShape(node);
        _shapes[node] = shape;
        _order.Add(shape);
        // Reading a shape reads the shapes it refers to (sh:node, sh:property, sh:and, ...) first, recursively.
        if (++_depth > NestingLimit.Max) throw new ShapesGraphException(node, "shapes " + NestingLimit.Reason(NestingLimit.Max));
        ReadShape(shape);
        _depth--;
        return shape;
    }
}
