using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>The outcome of validating a data graph: conforming exactly when there are no results of any severity.</summary>
public sealed class ValidationReport(IReadOnlyList<ValidationResult> results)
{
    /// <summary>Every result, of every severity, in validation order.</summary>
    public IReadOnlyList<ValidationResult> Results { get; } = results;

    /// <summary>True when there are no results of any severity (SHACL's sh:conforms).</summary>
    public bool Conforms => Results.Count == 0;

    /// <summary>How many results have <paramref name="severity"/> (e.g. <see cref="ShaclVocab.Violation"/>).</summary>
    public int CountOf(Iri severity) => Results.Count(r => r.Severity.Equals(severity));

    /// <summary>
    /// The report as RDF, as SHACL defines it: a sh:ValidationReport with sh:conforms and one sh:result per result.
    /// Blank nodes are labelled in result order, so the same report always gives the same triples.
    /// </summary>
    public IReadOnlyList<Quad> ToQuads()
    {
        var quads = new List<Quad>();
        var counter = 0;
        BlankNode NewBlank() => new("r" + counter++.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var report = NewBlank();
        quads.Add(new Quad(report, Vocab.Rdf.Type, ShaclVocab.ValidationReport));
        quads.Add(new Quad(report, ShaclVocab.Conforms, Literal.Typed(Conforms ? "true" : "false", Vocab.Xsd.Boolean)));
        foreach (var r in Results)
        {
            var node = NewBlank();
            quads.Add(new Quad(report, ShaclVocab.Result, node));
            quads.Add(new Quad(node, Vocab.Rdf.Type, ShaclVocab.ValidationResult));
            quads.Add(new Quad(node, ShaclVocab.FocusNode, r.FocusNode));
            if (r.Path is not null) quads.Add(new Quad(node, ShaclVocab.ResultPath, r.Path.ToRdf(quads, NewBlank)));
            if (r.Value is not null) quads.Add(new Quad(node, ShaclVocab.Value, r.Value));
            quads.Add(new Quad(node, ShaclVocab.SourceShape, r.SourceShape));
            quads.Add(new Quad(node, ShaclVocab.SourceConstraintComponent, r.Component));
            if (r.SourceConstraint is not null) quads.Add(new Quad(node, ShaclVocab.Sh("sourceConstraint"), r.SourceConstraint));
            quads.Add(new Quad(node, ShaclVocab.ResultSeverity, r.Severity));
            foreach (var m in r.Messages) quads.Add(new Quad(node, ShaclVocab.ResultMessage, m));
        }
        return quads;
    }

    /// <summary>The report as a dataset (default graph) with the sh/rdf/xsd prefixes declared.</summary>
    public Dataset ToDataset()
    {
        var ds = new Dataset(ToQuads());
        ds.Prefixes.Set("sh", ShaclVocab.Namespace);
        ds.Prefixes.Set("rdf", Vocab.Rdf.Namespace);
        ds.Prefixes.Set("xsd", Vocab.Xsd.Namespace);
        return ds;
    }
}
