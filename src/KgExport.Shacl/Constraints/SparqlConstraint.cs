using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// sh:sparql: a SELECT query run once per focus node with $this (and $currentShape, $shapesGraph) pre-bound; each
/// solution is a result. ?value, ?path and ?failure are read from the solution; messages may use {?var} templates.
/// </summary>
internal sealed class SparqlConstraint : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("SPARQLConstraintComponent");

    internal SparqlConstraint(Term node, SparqlPreBinding query, IReadOnlyList<Literal> messages)
    {
        Node = node;
        Query = query;
        Messages = messages;
    }

    /// <summary>The sh:sparql node, reported as sh:sourceConstraint.</summary>
    public Term Node { get; }

    internal SparqlPreBinding Query { get; }

    public IReadOnlyList<Literal> Messages { get; }

    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        var bindings = new Dictionary<string, Term> { ["this"] = focus, ["currentShape"] = shape.Node };
        var graph = context.QueryGraph(Query, bindings);
        foreach (var solution in Query.Solutions(context, shape.Node, graph, bindings))
        {
            if (solution("failure") is Literal { LexicalForm: "true" or "1" })
            {
                throw new ShapesGraphException(Node, $"the SPARQL constraint reported a failure (?failure) at focus node {focus}");
            }
            var value = solution("value") ?? (shape is NodeShape ? focus : null);
            var path = solution("path") is Iri p ? new PredicatePath(p) : shape.Path;
            var templates = Messages.Count > 0 ? Messages : shape.Messages;
            IReadOnlyList<Literal> messages = templates.Count > 0
                ? templates.Select(m => SparqlPreBinding.FillTemplate(m, solution)).ToList()
                : [new Literal($"SPARQL constraint {Show(Node)} found a violation")];
            context.Report(new ValidationResult(solution("this") ?? focus, path, value, shape.Node, Iri, shape.Severity, messages) { SourceConstraint = Node });
            if (context.CanStop) return;
        }
    }
}
