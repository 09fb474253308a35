using KgExport.Rdf;
using KgExport.Testing;
using Xunit;

namespace KgExport.Testing.Sample;

/// <summary>
/// What a team that snapshot-tests its graph writes: build the graph, approve it. The first run fails and leaves
/// RecognitionGraphTests.The_recognition_graph_is_approved.received.nq; accept it with
/// <c>KGEXPORT_ACCEPT_SNAPSHOTS=1 dotnet test</c>, review the new .approved.nq with git diff, commit it.
/// </summary>
public sealed class RecognitionGraphTests
{
    private const string Graph = """
        @prefix ex: <http://example.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

        ex:recognition a ex:RecognitionAct ;
            ex:recogniser ex:north-korea ;
            ex:recognised ex:dpr ;
            ex:date "2022-07-13"^^xsd:date ;
            ex:evidence [ ex:quote "recognised the independence"@en ; ex:start 120 ] .
        ex:north-korea rdfs:label "North Korea"@en .
        ex:dpr rdfs:label "Donetsk People's Republic"@en .
        """;

    [Fact]
    public void The_recognition_graph_is_approved()
    {
        var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = "graph.ttl" });
        var quads = parser.Parse(new StringReader(Graph)).ToList();
        Approve.Dataset(quads, prefixes: parser.Prefixes);
    }
}
