using System.Globalization;
using KgExport.Rdf;
using KgExport.Rdf.Values;

namespace KgExport.Shacl;

// Reading one shape's parameters, paths and lists from the shapes graph.
public sealed partial class ShapesGraph
{
    private static readonly Iri[] TargetPredicates =
        [ShaclVocab.TargetNode, ShaclVocab.TargetClass, ShaclVocab.TargetSubjectsOf, ShaclVocab.TargetObjectsOf];

    private static readonly HashSet<string> ConstraintParameters =
    [
        "class", "datatype", "nodeKind", "minCount", "maxCount", "minExclusive", "minInclusive", "maxExclusive",
        "maxInclusive", "minLength", "maxLength", "pattern", "languageIn", "uniqueLang", "equals", "disjoint",
        "lessThan", "lessThanOrEquals", "not", "and", "or", "xone", "node", "property", "qualifiedValueShape",
        "closed", "hasValue", "in",
    ];

    // Parameters read together with another one, and non-validating properties SHACL defines for shapes.
    private static readonly HashSet<string> OtherShapeProperties =
    [
        "path", "flags", "qualifiedMinCount", "qualifiedMaxCount", "qualifiedValueShapesDisjoint", "ignoredProperties",
        "severity", "message", "deactivated", "targetNode", "targetClass", "targetSubjectsOf", "targetObjectsOf",
        "name", "description", "order", "group", "defaultValue", "declare", "prefixes", "shapesGraph", "entailment",
        "labelTemplate", "suggestedShapesGraph", "parameter", "validator", "nodeValidator",
        "propertyValidator", "select", "ask", "optional", "shapesGraphWellFormed", "prefix", "namespace",
    ];

    private static bool IsConstraintParameter(Iri predicate) =>
        predicate.Value.StartsWith(ShaclVocab.Namespace, StringComparison.Ordinal)
        && ConstraintParameters.Contains(predicate.Value[ShaclVocab.Namespace.Length..]);

    private void ReadShape(Shape shape)
    {
        var node = shape.Node;
        var byPredicate = _graph.Match(node, null, null)
            .GroupBy(q => q.Predicate)
            .OrderBy(g => g.Key, TermComparer.Instance)
            .ToList();
        foreach (var group in byPredicate)
        {
            var predicate = group.Key;
            var values = group.Select(q => q.Object).OrderBy(t => t, TermComparer.Instance).ToList();
            if (!predicate.Value.StartsWith(ShaclVocab.Namespace, StringComparison.Ordinal)) continue;
            var local = predicate.Value[ShaclVocab.Namespace.Length..];
            foreach (var value in values) ReadParameter(shape, local, value);
        }
        if (_sparqlComponents.Count > 0) ReadSparqlComponents(shape);
        if (shape is NodeShape && _graph.IsInstanceOf(node, ShaclVocab.Rdfs.Class))
        {
            shape.AddTarget(new ClassTarget(node));
        }
    }

    private void ReadParameter(Shape shape, string local, Term value)
    {
        var node = shape.Node;
        switch (local)
        {
            case "targetNode": shape.AddTarget(new NodeTarget(value)); break;
            case "targetClass": shape.AddTarget(new ClassTarget(RequireResource(node, local, value))); break;
            case "targetSubjectsOf": shape.AddTarget(new SubjectsOfTarget(RequireIri(node, local, value))); break;
            case "targetObjectsOf": shape.AddTarget(new ObjectsOfTarget(RequireIri(node, local, value))); break;
            case "severity": shape.Severity = RequireIri(node, local, value); break;
            case "message":
                shape.AddMessage(value is Literal { Language: not null } or Literal { IsSimple: true }
                    ? (Literal)value
                    : throw new ShapesGraphException(node, $"sh:message must be a string or language-tagged string, not {value}"));
                break;
            case "deactivated": shape.Deactivated = RequireBoolean(node, local, value); break;
            case "class": shape.AddConstraint(new ClassConstraint(RequireResource(node, local, value))); break;
            case "datatype": shape.AddConstraint(new DatatypeConstraint(RequireIri(node, local, value))); break;
            case "nodeKind":
                shape.AddConstraint(NodeKindConstraint.IsKnownKind(value)
                    ? new NodeKindConstraint((Iri)value)
                    : throw new ShapesGraphException(node, $"sh:nodeKind must be one of sh:IRI, sh:BlankNode, sh:Literal, sh:BlankNodeOrIRI, sh:BlankNodeOrLiteral, sh:IRIOrLiteral, not {value}"));
                break;
            case "minCount": shape.AddConstraint(new MinCountConstraint(RequireCount(node, local, value))); break;
            case "maxCount": shape.AddConstraint(new MaxCountConstraint(RequireCount(node, local, value))); break;
            case "minExclusive": shape.AddConstraint(RangeConstraint.MinExclusiveOf(RequireLiteral(node, local, value))); break;
            case "minInclusive": shape.AddConstraint(RangeConstraint.MinInclusiveOf(RequireLiteral(node, local, value))); break;
            case "maxExclusive": shape.AddConstraint(RangeConstraint.MaxExclusiveOf(RequireLiteral(node, local, value))); break;
            case "maxInclusive": shape.AddConstraint(RangeConstraint.MaxInclusiveOf(RequireLiteral(node, local, value))); break;
            case "minLength": shape.AddConstraint(LengthConstraint.Min(RequireCount(node, local, value))); break;
            case "maxLength": shape.AddConstraint(LengthConstraint.Max(RequireCount(node, local, value))); break;
            case "pattern": shape.AddConstraint(ReadPattern(node, value)); break;
            case "languageIn":
                shape.AddConstraint(new LanguageInConstraint(ReadList(node, local, value)
                    .Select(t => t is Literal l ? l.LexicalForm : throw new ShapesGraphException(node, $"sh:languageIn members must be literals, not {t}"))
                    .ToList()));
                break;
            case "uniqueLang":
                if (RequireBoolean(node, local, value)) shape.AddConstraint(new UniqueLangConstraint());
                break;
            case "equals": shape.AddConstraint(new PropertyPairConstraint(PropertyPairConstraint.EqualsIri, RequireIri(node, local, value))); break;
            case "disjoint": shape.AddConstraint(new PropertyPairConstraint(PropertyPairConstraint.DisjointIri, RequireIri(node, local, value))); break;
            case "lessThan": shape.AddConstraint(new PropertyPairConstraint(PropertyPairConstraint.LessThanIri, RequireIri(node, local, value))); break;
            case "lessThanOrEquals": shape.AddConstraint(new PropertyPairConstraint(PropertyPairConstraint.LessThanOrEqualsIri, RequireIri(node, local, value))); break;
            case "not": shape.AddConstraint(new NotConstraint(Get(value))); break;
            case "and": shape.AddConstraint(new ShapeListConstraint(ShapeListConstraint.AndIri, ReadList(node, local, value).Select(Get).ToList())); break;
            case "or": shape.AddConstraint(new ShapeListConstraint(ShapeListConstraint.OrIri, ReadList(node, local, value).Select(Get).ToList())); break;
            case "xone": shape.AddConstraint(new ShapeListConstraint(ShapeListConstraint.XoneIri, ReadList(node, local, value).Select(Get).ToList())); break;
            case "node": shape.AddConstraint(new NodeConstraint(Get(value))); break;
            case "property":
                shape.AddConstraint(Get(value) is PropertyShape ps
                    ? new PropertyConstraint(ps)
                    : throw new ShapesGraphException(node, $"the value {value} of sh:property has no sh:path"));
                break;
            case "qualifiedValueShape": shape.AddConstraint(ReadQualified(shape, value)); break;
            case "closed":
                if (RequireBoolean(node, local, value)) shape.AddConstraint(ReadClosed(node));
                break;
            case "hasValue": shape.AddConstraint(new HasValueConstraint(value)); break;
            case "in": shape.AddConstraint(new InConstraint(ReadList(node, local, value))); break;
            case "sparql":
                if (ReadSparqlConstraint(shape, value) is { } sparql) shape.AddConstraint(sparql);
                break;
            case "target":
                throw new ShapesGraphException(node, "has an sh:target (SHACL advanced features); custom targets are not supported", unsupported: true);
            default:
                if (!OtherShapeProperties.Contains(local))
                {
                    throw new ShapesGraphException(node, $"unknown SHACL parameter sh:{local}");
                }
                break;
        }
    }

    private SparqlConstraint? ReadSparqlConstraint(Shape shape, Term node)
    {
        if (_graph.FirstObject(node, ShaclVocab.Deactivated) is { } d && RequireBoolean(node, "deactivated", d)) return null;
        var selects = _graph.Objects(node, ShaclVocab.Sh("select")).ToList();
        if (selects.Count != 1 || selects[0] is not Literal select)
        {
            throw new ShapesGraphException(shape.Node, $"the SPARQL constraint {node} needs exactly one sh:select string");
        }
        var messages = _graph.Objects(node, ShaclVocab.Message).OfType<Literal>().OrderBy(m => m, TermComparer.Instance).ToList();
        var query = SparqlPreBinding.Prepare(shape.Node, select.LexicalForm, Prefixes(node), shape.Path, []);
        return new SparqlConstraint(node, query, messages);
    }

    /// <summary>PREFIX declarations for the sh:declare entries of the node's sh:prefixes.</summary>
    private string Prefixes(Term node)
    {
        var sb = new System.Text.StringBuilder();
        var imports = new Iri("http://www.w3.org/2002/07/owl#imports");
        var ontologies = new List<Term>();
        var pending = new Stack<Term>(_graph.Objects(node, ShaclVocab.Sh("prefixes")));
        while (pending.Count > 0)
        {
            var o = pending.Pop();
            if (ontologies.Contains(o)) continue;
            ontologies.Add(o);
            foreach (var i in _graph.Objects(o, imports)) pending.Push(i);
        }
        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ontology in ontologies.OrderBy(t => t, TermComparer.Instance))
        {
            foreach (var declaration in _graph.Objects(ontology, ShaclVocab.Sh("declare")).OrderBy(t => t, TermComparer.Instance))
            {
                if (_graph.FirstObject(declaration, ShaclVocab.Sh("prefix")) is Literal prefix
                    && _graph.FirstObject(declaration, ShaclVocab.Sh("namespace")) is Literal ns
                    && declared.Add(prefix.LexicalForm))
                {
                    sb.Append("PREFIX ").Append(prefix.LexicalForm).Append(": <").Append(ns.LexicalForm).Append(">\n");
                }
            }
        }
        return sb.ToString();
    }

    private PatternConstraint ReadPattern(Term node, Term value)
    {
        if (value is not Literal l) throw new ShapesGraphException(node, $"sh:pattern must be a string literal, not {value}");
        var flagValues = _graph.Objects(node, ShaclVocab.Sh("flags")).ToList();
        if (flagValues.Count > 1) throw new ShapesGraphException(node, "has more than one sh:flags");
        string? flags = flagValues.Count == 0 ? null : flagValues[0] is Literal f ? f.LexicalForm : throw new ShapesGraphException(node, "sh:flags must be a string literal");
        try
        {
            return new PatternConstraint(l.LexicalForm, flags);
        }
        catch (ArgumentException e)
        {
            throw new ShapesGraphException(node, $"sh:pattern \"{l.LexicalForm}\" is not a valid regular expression: {e.Message}");
        }
    }

    private QualifiedValueShapeConstraint ReadQualified(Shape shape, Term value)
    {
        var node = shape.Node;
        var qualified = Get(value);
        int? Count(string name)
        {
            var v = _graph.FirstObject(node, ShaclVocab.Sh(name));
            return v is null ? null : RequireCount(node, name, v);
        }
        var min = Count("qualifiedMinCount");
        var max = Count("qualifiedMaxCount");
        if (min is null && max is null)
        {
            throw new ShapesGraphException(node, "sh:qualifiedValueShape needs sh:qualifiedMinCount or sh:qualifiedMaxCount");
        }
        var disjoint = _graph.FirstObject(node, ShaclVocab.Sh("qualifiedValueShapesDisjoint")) is { } d && RequireBoolean(node, "qualifiedValueShapesDisjoint", d);
        var siblings = new List<Shape>();
        if (disjoint)
        {
            var property = ShaclVocab.Sh("property");
            var qvs = ShaclVocab.Sh("qualifiedValueShape");
            foreach (var parent in _graph.Subjects(property, node).ToList())
            {
                foreach (var sibling in _graph.Objects(parent, property).ToList())
                {
                    foreach (var siblingShape in _graph.Objects(sibling, qvs).ToList())
                    {
                        if (!siblingShape.Equals(value)) siblings.Add(Get(siblingShape));
                    }
                }
            }
        }
        // A shape with both bounds reports each separately, so split into two constraints sharing the count.
        if (min is not null && max is not null)
        {
            shape.AddConstraint(new QualifiedValueShapeConstraint(qualified, min, null, siblings));
            return new QualifiedValueShapeConstraint(qualified, null, max, siblings);
        }
        return new QualifiedValueShapeConstraint(qualified, min, max, siblings);
    }

    private ClosedConstraint ReadClosed(Term node)
    {
        var allowed = new HashSet<Iri>();
        foreach (var property in _graph.Objects(node, ShaclVocab.Sh("property")))
        {
            foreach (var path in _graph.Objects(property, ShaclVocab.Path))
            {
                if (path is Iri p) allowed.Add(p);
            }
        }
        foreach (var list in _graph.Objects(node, ShaclVocab.Sh("ignoredProperties")))
        {
            foreach (var item in ReadList(node, "ignoredProperties", list))
            {
                allowed.Add(item as Iri ?? throw new ShapesGraphException(node, $"sh:ignoredProperties members must be IRIs, not {item}"));
            }
        }
        return new ClosedConstraint(allowed);
    }

    private PropertyPath ReadPath(Term shape, Term path, HashSet<Term> visiting)
    {
        if (path is Iri iri) return new PredicatePath(iri);
        if (path is not BlankNode) throw new ShapesGraphException(shape, $"the literal {path} is not a property path");
        if (!visiting.Add(path)) throw new ShapesGraphException(shape, "sh:path is cyclic");
        if (visiting.Count > NestingLimit.Max) throw new ShapesGraphException(shape, "sh:path " + NestingLimit.Reason(NestingLimit.Max));
        try
        {
            if (_graph.FirstObject(path, Vocab.Rdf.First) is not null)
            {
                var steps = ReadList(shape, "path", path).Select(s => ReadPath(shape, s, visiting)).ToList();
                if (steps.Count < 2) throw new ShapesGraphException(shape, "a sequence path needs at least two members");
                return new SequencePath(steps);
            }
            var kinds = new (Iri Predicate, Func<Term, PropertyPath> Build)[]
            {
                (ShaclVocab.InversePath, v => new InversePath(ReadPath(shape, v, visiting))),
                (ShaclVocab.AlternativePath, v => new AlternativePath(ReadList(shape, "alternativePath", v).Select(s => ReadPath(shape, s, visiting)).ToList())),
                (ShaclVocab.ZeroOrMorePath, v => new ZeroOrMorePath(ReadPath(shape, v, visiting))),
                (ShaclVocab.OneOrMorePath, v => new OneOrMorePath(ReadPath(shape, v, visiting))),
                (ShaclVocab.ZeroOrOnePath, v => new ZeroOrOnePath(ReadPath(shape, v, visiting))),
            };
            foreach (var (predicate, build) in kinds)
            {
                var values = _graph.Objects(path, predicate).ToList();
                if (values.Count > 1) throw new ShapesGraphException(shape, $"a path node has more than one {predicate}");
                if (values.Count == 1) return build(values[0]);
            }
            throw new ShapesGraphException(shape, $"the blank node {path} is not a well-formed property path");
        }
        finally
        {
            visiting.Remove(path);
        }
    }

    private List<Term> ReadList(Term shape, string parameter, Term head)
    {
        var items = new List<Term>();
        var seen = new HashSet<Term>();
        var cell = head;
        while (!cell.Equals(Vocab.Rdf.Nil))
        {
            if (cell is Literal || !seen.Add(cell)) throw new ShapesGraphException(shape, $"the value of sh:{parameter} is not a well-formed RDF list");
            var first = _graph.Objects(cell, Vocab.Rdf.First).ToList();
            var rest = _graph.Objects(cell, Vocab.Rdf.Rest).ToList();
            if (first.Count != 1 || rest.Count != 1) throw new ShapesGraphException(shape, $"the value of sh:{parameter} is not a well-formed RDF list");
            items.Add(first[0]);
            cell = rest[0];
        }
        return items;
    }

    private static Iri RequireIri(Term shape, string parameter, Term value) =>
        value as Iri ?? throw new ShapesGraphException(shape, $"sh:{parameter} must be an IRI, not {value}");

    private static Term RequireResource(Term shape, string parameter, Term value) =>
        value is Literal ? throw new ShapesGraphException(shape, $"sh:{parameter} must be an IRI, not {value}") : value;

    private static Literal RequireLiteral(Term shape, string parameter, Term value) =>
        value as Literal ?? throw new ShapesGraphException(shape, $"sh:{parameter} must be a literal, not {value}");

    // The spec activates these parameters only for the literal true itself: "1"^^xsd:boolean is a different term.
    private static bool RequireBoolean(Term shape, string parameter, Term value) =>
        value is Literal l && l.Datatype.Equals(Vocab.Xsd.Boolean) && XsdLexicalForms.IsWellFormed(l)
            ? l.LexicalForm == "true"
            : throw new ShapesGraphException(shape, $"sh:{parameter} must be an xsd:boolean, not {value}");

    private static int RequireCount(Term shape, string parameter, Term value) =>
        value is Literal l && XsdLexicalForms.IsWellFormed(l) && XsdDatatypes.IsIntegerType(l.Datatype.Value)
            && int.TryParse(l.LexicalForm.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ShapesGraphException(shape, $"sh:{parameter} must be a non-negative xsd:integer, not {value}");
}
