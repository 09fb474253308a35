using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// A use of a SPARQL-based constraint component (declared in the shapes graph with sh:parameter and a validator).
/// ASK validators (sh:validator) run per value node with $value pre-bound and fail when they answer false; SELECT
/// validators (sh:nodeValidator / sh:propertyValidator) run per focus node and each solution is a result. The
/// shape's parameter values are pre-bound under the parameters' local names.
/// </summary>
internal sealed class SparqlComponentConstraint : Constraint
{
    internal SparqlComponentConstraint(Iri component, SparqlPreBinding validator, bool isAsk, IReadOnlyDictionary<string, Term> parameters, IReadOnlyList<Literal> messages)
    {
        Component = component;
        Validator = validator;
        IsAsk = isAsk;
        Parameters = parameters;
        Messages = messages;
    }

    public override Iri Component { get; }

    internal SparqlPreBinding Validator { get; }

    public bool IsAsk { get; }

    public IReadOnlyDictionary<string, Term> Parameters { get; }

    public IReadOnlyList<Literal> Messages { get; }

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var bindings = new Dictionary<string, Term>(Parameters) { ["this"] = focus, ["currentShape"] = shape.Node };
        var graph = context.QueryGraph(Validator, bindings);
        if (IsAsk)
        {
            foreach (var v in values)
            {
                bindings["value"] = v;
                if (Validator.Ask(context, shape.Node, graph, bindings)) continue;
                var snapshot = new Dictionary<string, Term>(bindings);
                Report(context, shape, focus, v, shape.Path, name => snapshot.GetValueOrDefault(name));
                if (context.CanStop) return;
            }
            return;
        }
        foreach (var solution in Validator.Solutions(context, shape.Node, graph, bindings))
        {
            var value = solution("value") ?? (shape is NodeShape ? focus : null);
            var path = solution("path") is Iri p ? new PredicatePath(p) : shape.Path;
            Report(context, shape, focus, value, path, name => solution(name) ?? bindings.GetValueOrDefault(name));
            if (context.CanStop) return;
        }
    }

    private void Report(ValidationContext context, Shape shape, Term focus, Term? value, PropertyPath? path, Func<string, Term?> binding)
    {
        var templates = shape.Messages.Count > 0 ? shape.Messages : Messages;
        IReadOnlyList<Literal> messages = templates.Count > 0
            ? templates.Select(m => SparqlPreBinding.FillTemplate(m, binding)).ToList()
            : [new Literal($"Value does not satisfy {Show(Component)}")];
        context.Report(new ValidationResult(focus, path, value, shape.Node, Component, shape.Severity, messages));
    }
}
