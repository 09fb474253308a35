using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Tests.Evaluation;

/// <summary>The facade's pre-bound variables and default graph, which SHACL-SPARQL runs its queries through.</summary>
public class PreBoundExecutionTests
{
    private static readonly Iri P = new("http://x/p");
    private static readonly Iri G = new("http://x/g");

    private static Dataset Data()
    {
        var data = new Dataset();
        data.Add(new Quad(new Iri("http://x/a"), P, new Literal("in default")));
        data.Add(new Quad(new Iri("http://x/b"), P, new Literal("in default too")));
        data.Add(new Quad(new Iri("http://x/a"), P, new Literal("in g"), G));
        return data;
    }

    [Fact]
    public void A_pre_bound_variable_holds_its_value_everywhere_it_occurs()
    {
        var query = SparqlQuery.Parse("SELECT ?this ?o WHERE { ?this <http://x/p> ?o }");
        var bindings = new Dictionary<string, Term> { ["this"] = new Iri("http://x/a") };
        var rows = QueryExecutor.Execute(query, Data(), null, bindings, graph: null).Rows.ToList();
        var row = Assert.Single(rows);
        Assert.Equal(new Iri("http://x/a"), row[0]);
        Assert.Equal(new Literal("in default"), row[1]);
        Assert.Equal(2, QueryExecutor.Execute(query, Data()).Rows.Count());
    }

    [Fact]
    public void The_graph_argument_is_the_default_graph_and_ask_sees_the_bindings()
    {
        var query = SparqlQuery.Parse("SELECT ?o WHERE { <http://x/a> <http://x/p> ?o }");
        var row = Assert.Single(QueryExecutor.Execute(query, Data(), null, null, G).Rows);
        Assert.Equal(new Literal("in g"), row[0]);
        var ask = SparqlQuery.Parse("ASK { ?this <http://x/p> \"in default too\" }");
        Assert.True(QueryExecutor.Execute(ask, Data(), null, new Dictionary<string, Term> { ["this"] = new Iri("http://x/b") }, null).Boolean);
        Assert.False(QueryExecutor.Execute(ask, Data(), null, new Dictionary<string, Term> { ["this"] = new Iri("http://x/a") }, null).Boolean);
    }
}
