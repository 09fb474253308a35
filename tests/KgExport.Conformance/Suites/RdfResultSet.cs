using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Conformance;

/// <summary>Reads the DAWG result-set vocabulary (rs:) that SPARQL 1.0 tests use for expected results in Turtle.</summary>
public static class RdfResultSet
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    public static QueryResult Read(Dataset g)
    {
        Term? One(Term s, string p) => g.Match(s, new Iri(p), null, null).Select(q => q.Object).FirstOrDefault();
        IEnumerable<Term> All(Term s, string p) => g.Match(s, new Iri(p), null, null).Select(q => q.Object);
        var set = g.Match(null, Vocab.Rdf.Type, new Iri(Rs + "ResultSet"), null).Select(q => q.Subject).FirstOrDefault()
            ?? throw new ConformanceFailure("no rs:ResultSet in the expected result");
        if (One(set, Rs + "boolean") is Literal b) return QueryResult.FromBoolean(b.LexicalForm == "true");
        var vars = All(set, Rs + "resultVariable").OfType<Literal>().Select(l => l.LexicalForm).ToList();
        var solutions = All(set, Rs + "solution")
            .Select(s => (s, Index: One(s, Rs + "index") is Literal l ? int.Parse(l.LexicalForm, System.Globalization.CultureInfo.InvariantCulture) : 0))
            .OrderBy(x => x.Index).ToList();
        var rows = new List<Term?[]>();
        foreach (var (s, _) in solutions)
        {
            var row = new Term?[vars.Count];
            foreach (var binding in All(s, Rs + "binding"))
            {
                var name = (One(binding, Rs + "variable") as Literal)?.LexicalForm;
                var i = name is null ? -1 : vars.IndexOf(name);
                if (i >= 0) row[i] = One(binding, Rs + "value");
            }
            rows.Add(row);
        }
        return QueryResult.FromBindings(vars, rows);
    }
}
