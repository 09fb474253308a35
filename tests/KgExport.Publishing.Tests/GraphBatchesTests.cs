using KgExport.Rdf;

namespace KgExport.Publishing.Tests;

public class GraphBatchesTests
{
    private static Triple T(string s, string o) => new(new Iri("http://e/" + s), new Iri("http://e/p"), new Iri("http://e/" + o));

    [Fact]
    public void SplitsInOrderIntoBatchesOfAtMostN()
    {
        var triples = Enumerable.Range(0, 7).Select(i => T("s" + i, "o")).Reverse().ToList();
        var batches = GraphBatches.Split(triples, 3);
        Assert.Equal(new[] { 3, 3, 1 }, batches.Select(b => b.Triples.Count));
        Assert.Equal(triples.Order(Comparer<Triple>.Create((a, b) => string.CompareOrdinal(a.Subject.ToString(), b.Subject.ToString()))),
            batches.SelectMany(b => b.Triples));
    }

    [Fact]
    public void BlankNodeTriplesStayTogetherInTheFirstBatch()
    {
        var b = new BlankNode("x");
        var triples = new List<Triple>
        {
            T("a", "b"), T("c", "d"),
            new(b, new Iri("http://e/p"), new Literal("1")),
            new(new Iri("http://e/z"), new Iri("http://e/q"), b),
            new(b, new Iri("http://e/r"), new Literal("2")),
        };
        var batches = GraphBatches.Split(triples, 2);
        Assert.Equal(3, batches[0].Triples.Count);
        Assert.All(batches[0].Triples, t => Assert.True(t.Subject.IsBlankNode || t.Object.IsBlankNode));
        Assert.Equal(2, batches.Count);
        Assert.Equal(2, batches[1].Triples.Count);
    }

    [Fact]
    public void EmptyGraphIsOneEmptyBatch()
    {
        var batch = Assert.Single(GraphBatches.Split([], 10));
        Assert.Empty(batch.Triples);
        Assert.Equal("", batch.ToNTriples());
    }

    [Fact]
    public void UpdateTextDropsThenInserts()
    {
        var batch = new GraphBatch([T("a", "b")]);
        var text = SparqlUpdateClient.ReplaceText(new Iri("http://e/g"), batch);
        Assert.Equal("DROP SILENT GRAPH <http://e/g> ;\nINSERT DATA { GRAPH <http://e/g> {\n<http://e/a> <http://e/p> <http://e/b> .\n} }\n", text);
    }

    [Fact]
    public void DefaultQueryEndpointReplacesTheLastSegment()
    {
        Assert.Equal("http://h:8890/sparql", StoreUris.DefaultQueryEndpoint(new Uri("http://h:8890/sparql-graph-crud-auth")).ToString());
        Assert.Equal("http://h/ds/sparql", StoreUris.DefaultQueryEndpoint(new Uri("http://h/ds/data?x=1")).ToString());
        Assert.Equal("http://h/gsp?a=b&graph=http%3A%2F%2Fe%2Fg%3Fq%3D1", StoreUris.WithQuery(new Uri("http://h/gsp?a=b"), "graph", "http://e/g?q=1").ToString());
    }
}
