using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// Validates data graphs against a shapes graph read once. Each targeted shape is checked at each of its focus
/// nodes; results come out grouped by shape (in shapes-graph order) and focus node. Each run is held to the
/// validator's <see cref="Limits"/>; one that exceeds them throws a <see cref="ValidationLimitException"/>.
/// </summary>
public sealed class ShapeValidator
{
    /// <summary>A validator for <paramref name="shapes"/> whose runs are held to <paramref name="limits"/> (the defaults when null).</summary>
    public ShapeValidator(ShapesGraph shapes, ValidationLimits? limits = null)
    {
        Shapes = shapes;
        Limits = limits ?? ValidationLimits.Default;
    }

    /// <summary>The shapes every run checks.</summary>
    public ShapesGraph Shapes { get; }

    /// <summary>What each run may spend.</summary>
    public ValidationLimits Limits { get; }

    /// <summary>Reads the shapes from the default graph of <paramref name="shapes"/> and validates the default graph of <paramref name="data"/>.</summary>
    public static ValidationReport Validate(Dataset data, Dataset shapes, CancellationToken cancellationToken = default) =>
        new ShapeValidator(ShapesGraph.Load(shapes, null, cancellationToken)).Validate(data, null, cancellationToken);

    /// <summary>Validates one graph of the dataset (null: the default graph).</summary>
    public ValidationReport Validate(Dataset data, Term? graph = null, CancellationToken cancellationToken = default)
    {
        var dataGraph = new DataGraph(data, graph);
        var context = new ValidationContext(dataGraph, Shapes.Source, Limits, cancellationToken);
        var results = new List<ValidationResult>();
        foreach (var shape in Shapes.TargetedShapes)
        {
            foreach (var focus in FocusNodes(shape, dataGraph))
            {
                context.Validate(shape, focus, results);
            }
        }
        return new ValidationReport(results);
    }

    /// <summary>The focus nodes of a shape: the union of its targets, each once.</summary>
    internal static IEnumerable<Term> FocusNodes(Shape shape, DataGraph data)
    {
        if (shape.Targets.Count == 1) return shape.Targets[0].FocusNodes(data);
        var seen = new HashSet<Term>();
        return shape.Targets.SelectMany(t => t.FocusNodes(data)).Where(seen.Add);
    }
}
