using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// A shape from the shapes graph: its targets, its constraints (component instances with their parameters) and
/// the non-validating settings every result carries (severity, messages). Built once by <see cref="ShapesGraph"/>.
/// </summary>
internal abstract class Shape
{
    private readonly List<Constraint> _constraints = [];
    private readonly List<Target> _targets = [];
    private readonly List<Literal> _messages = [];

    private protected Shape(Term node)
    {
        Node = node;
    }

    /// <summary>The shape's node in the shapes graph (an IRI or blank node); reported as sh:sourceShape.</summary>
    public Term Node { get; }

    public Iri Severity { get; internal set; } = ShaclVocab.Violation;

    public IReadOnlyList<Literal> Messages => _messages;

    /// <summary>A deactivated shape produces no results and every node conforms to it.</summary>
    public bool Deactivated { get; internal set; }

    public IReadOnlyList<Target> Targets => _targets;

    public IReadOnlyList<Constraint> Constraints => _constraints;

    /// <summary>The path of a property shape; null for node shapes.</summary>
    public virtual PropertyPath? Path => null;

    internal void AddConstraint(Constraint c) => _constraints.Add(c);

    internal void AddTarget(Target t) => _targets.Add(t);

    internal void AddMessage(Literal m) => _messages.Add(m);

    public override string ToString() => Node.ToString();
}

/// <summary>A shape whose only value node is the focus node itself.</summary>
internal sealed class NodeShape : Shape
{
    internal NodeShape(Term node) : base(node)
    {
    }
}

/// <summary>A shape with an sh:path: its value nodes are the nodes the path reaches from the focus node.</summary>
internal sealed class PropertyShape : Shape
{
    internal PropertyShape(Term node, PropertyPath path) : base(node)
    {
        PropertyPath = path;
    }

    public PropertyPath PropertyPath { get; }

    public override PropertyPath? Path => PropertyPath;
}
