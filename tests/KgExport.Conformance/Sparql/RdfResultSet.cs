using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Conformance.Sparql;

/// <summary>Reads the DAWG result-set vocabulary (rs:) that SPARQL 1.0 tests use for expected results in Turtle.</summary>
internal static class RdfResultSet
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static QueryResult Read(ManifestGraph g)
    {
        var set = g.Subjects(Vocab.Rdf.Namespace + "type", new Iri(Rs + "ResultSet")).FirstOrDefault()
            ?? throw new InvalidDataException("no rs:ResultSet in the expected result");
        if (g.Object(set, Rs + "boolean") is Literal b) return QueryResult.FromBoolean(b.LexicalForm == "true");
        var vars = g.Objects(set, Rs + "resultVariable").OfType<Literal>().Select(l => l.LexicalForm).ToList();
        var solutions = g.Objects(set, Rs + "solution").ToList();
        var indexed = solutions.Select(s => (s, Index: g.Object(s, Rs + "index") is Literal l ? int.Parse(l.LexicalForm, System.Globalization.CultureInfo.InvariantCulture) : 0))
            .OrderBy(x => x.Index).ToList();
        var rows = new List<Term?[]>();
        foreach (var (s, _) in indexed)
        {
            var row = new Term?[vars.Count];
            foreach (var binding in g.Objects(s, Rs + "binding"))
            {
                var name = (g.Object(binding, Rs + "variable") as Literal)?.LexicalForm;
                var i = name is null ? -1 : vars.IndexOf(name);
                if (i >= 0) row[i] = g.Object(binding, Rs + "value");
            }
            rows.Add(row);
        }
        return QueryResult.FromBindings(vars, rows);
    }
}
