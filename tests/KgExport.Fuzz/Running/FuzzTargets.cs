using System.Text;
using KgExport.Facts;
using KgExport.Fuzz.Generators;
using KgExport.Rdf;
using KgExport.Rdf.JsonLd;
using KgExport.Sparql;

namespace KgExport.Fuzz.Running;

/// <summary>
/// Every parser that reads outside input: the RDF syntaxes (whose answer to bad input is an
/// <see cref="RdfSyntaxException"/> with a line and column of at least 1), SPARQL queries and updates (a
/// <see cref="SparqlSyntaxException"/>), and facts files (which never throw: problems are returned).
/// </summary>
public static class FuzzTargets
{
    private const string BaseIri = "http://example.org/base/";
    private const string Conformance = "conformance";

    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        Rdf("ntriples", "N-Triples", RdfFormat.NTriples, new NQuadsGenerator(quads: false), SyntaxTokens.Line, "rdf-tests/rdf/rdf11/rdf-n-triples", ".nt",
            "<http://example.org/s> <http://example.org/p> \"o\"@en .\n_:b <http://example.org/p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n",
            "# comment\n<http://example.org/s> <http://example.org/p> <http://example.org/o> .\r\n<http://example.org/\\u00E9> <http://example.org/p> \"\\U0001F600\\t\" .\n"),
        Rdf("nquads", "N-Quads", RdfFormat.NQuads, new NQuadsGenerator(quads: true), SyntaxTokens.Line, "rdf-tests/rdf/rdf11/rdf-n-quads", ".nq",
            "<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .\n_:s <http://example.org/p> _:o _:g .\n"),
        Rdf("turtle", "Turtle", RdfFormat.Turtle, new TurtleGenerator(graphs: false), SyntaxTokens.Terse, "rdf-tests/rdf/rdf11/rdf-turtle", ".ttl",
            "@prefix ex: <http://example.org/> .\nex:s a ex:T ; ex:p \"o\"@en, 1, 2.5, 1e3, true ; ex:q [ ex:r ( 1 ( 2 ) [] ) ] .\n",
            "PREFIX : <http://example.org/>\nBASE <http://example.org/b/>\n<s> :p '''long\n\"string\"''' , \"\"\"x\"\"\"^^:dt .\n_:b :p -0.5 .\n"),
        Rdf("trig", "TriG", RdfFormat.TriG, new TurtleGenerator(graphs: true), SyntaxTokens.Terse, "rdf-tests/rdf/rdf11/rdf-trig", ".trig",
            "@prefix ex: <http://example.org/> .\nex:g { ex:s ex:p ex:o . }\nGRAPH ex:h { [ ex:p ( 1 2 ) ] ex:q \"x\" }\n{ ex:a ex:b ex:c }\n"),
        Rdf("rdfxml", "RDF/XML", RdfFormat.RdfXml, new RdfXmlGenerator(), SyntaxTokens.Xml, "rdf-tests/rdf/rdf11/rdf-xml", ".rdf",
            "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:ex=\"http://example.org/\">\n" +
            "  <ex:Thing rdf:about=\"http://example.org/s\" ex:name=\"n\">\n    <ex:p rdf:resource=\"o\"/>\n    <ex:q rdf:parseType=\"Resource\"><ex:r xml:lang=\"en\">x</ex:r></ex:q>\n" +
            "    <ex:l rdf:parseType=\"Literal\"><b>bold</b></ex:l>\n    <ex:c rdf:parseType=\"Collection\"><rdf:Description rdf:about=\"a\"/></ex:c>\n  </ex:Thing>\n</rdf:RDF>\n"),
        Rdf("jsonld", "JSON-LD", RdfFormat.JsonLd, new JsonLdGenerator(), SyntaxTokens.Json, "json-ld-api/tests/toRdf", "-in.jsonld",
            "{\"@context\":{\"@vocab\":\"http://example.org/\",\"knows\":{\"@type\":\"@id\"},\"list\":{\"@container\":\"@list\"}},\"@id\":\"s\",\"@type\":\"T\",\"name\":\"n\",\"knows\":\"o\",\"list\":[1,2]}",
            "{\"@context\":\"https://w3id.org/kgexport/context.jsonld\",\"@graph\":[{\"@id\":\"http://example.org/a\",\"@type\":\"Article\"}]}",
            "[{\"@id\":\"_:b\",\"http://example.org/p\":[{\"@value\":\"x\",\"@language\":\"en\"},{\"@list\":[{\"@id\":\"http://example.org/o\"}]}]}]"),
        Sparql("sparql-query", "SPARQL query", update: false, ".rq",
            "PREFIX ex: <http://example.org/>\nSELECT DISTINCT ?s (COUNT(*) AS ?n) WHERE { ?s ex:p/ex:q* ?o . OPTIONAL { ?o ex:r ?x FILTER(?x > 1) } } GROUP BY ?s HAVING(?n > 1) ORDER BY DESC(?n) LIMIT 10",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } MINUS { ?s a <http://example.org/T> } BIND(STR(?o) AS ?t) VALUES ?g { <http://example.org/g> } }",
            "ASK { { SELECT ?x WHERE { ?x ^<http://example.org/p>|!(<http://example.org/q>) [] } } UNION { ?x ?y ( 1 2 ) } FILTER NOT EXISTS { ?x ?y ?x } }"),
        Sparql("sparql-update", "SPARQL update", update: true, ".ru",
            "PREFIX ex: <http://example.org/>\nINSERT DATA { ex:s ex:p \"o\" . GRAPH ex:g { ex:s ex:p 1 } } ;\nDELETE WHERE { ?s ex:p ?o }",
            "WITH <http://example.org/g> DELETE { ?s ?p ?o } INSERT { ?s ?p \"new\" } USING <http://example.org/u> WHERE { ?s ?p ?o FILTER(isLiteral(?o)) } ;\nCLEAR SILENT GRAPH <http://example.org/g> ; COPY DEFAULT TO <http://example.org/h> ; LOAD <http://example.org/d> INTO GRAPH <http://example.org/e>"),
        Facts(),
    ];

    public static FuzzTarget? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    private static FuzzTarget Rdf(string name, string description, RdfFormat format, IDocumentGenerator generator, string[] tokens, string folder, string ending, params string[] seeds)
    {
        // JSON-LD contexts: the project's own context from the repository, nothing from the network or from file: IRIs.
        var loader = new LocalDocumentLoader().Map("https://w3id.org/kgexport/context.jsonld", TestPaths.InRepository("ontology", "context.jsonld"));
        var options = new ParserOptions { SourceName = "fuzz", BaseIri = BaseIri, DocumentLoader = loader };
        return new FuzzTarget
        {
            Name = name,
            Description = description,
            Generator = generator,
            Tokens = tokens,
            Seeds = seeds,
            SeedFiles = [(Path.Combine(Conformance, folder), ending)],
            Execute = (input, token) =>
            {
                var parser = RdfIo.CreateParser(format, options);
                // RDF/XML is read from bytes (as files are) or from text, by turns: the two paths decode differently.
                var quads = parser is RdfXmlParser xml && input.Length % 2 == 0
                    ? xml.Parse(new MemoryStream(Encoding.UTF8.GetBytes(input)), token)
                    : parser.Parse(new StringReader(input), token);
                foreach (var _ in quads)
                {
                }
            },
            IsExpected = e => e is RdfSyntaxException { Position: { Line: >= 1, Column: >= 1 } },
        };
    }

    private static FuzzTarget Sparql(string name, string description, bool update, string ending, params string[] seeds) => new()
    {
        Name = name,
        Description = description,
        Generator = new SparqlGenerator(update),
        Tokens = SyntaxTokens.Sparql,
        Seeds = seeds,
        SeedFiles = [(Path.Combine(Conformance, "rdf-tests/sparql"), ending)],
        Execute = update ? (input, _) => SparqlUpdate.Parse(input, BaseIri) : (input, _) => SparqlQuery.Parse(input, BaseIri),
        IsExpected = e => e is SparqlSyntaxException,
    };

    private static FuzzTarget Facts()
    {
        var article = new ArticleText(FactsGenerator.Article);
        return new FuzzTarget
        {
            Name = "facts",
            Description = "facts JSON",
            Generator = new FactsGenerator(),
            Tokens = SyntaxTokens.Json,
            Seeds =
            [
                "{\"article\":{\"id\":\"a\",\"headline\":\"h\",\"published\":\"2022-07-14\"},\"entities\":[{\"id\":\"north-korea\",\"name\":\"North Korea\",\"type\":\"state\",\"wikidata\":\"Q423\"}," +
                "{\"id\":\"dpr\",\"name\":\"DPR\",\"type\":\"breakaway-entity\"}],\"recognitions\":[{\"id\":\"r\",\"recogniser\":\"north-korea\",\"recognised\":\"dpr\",\"kind\":\"state\"," +
                "\"date\":\"2022-07-13\",\"evidence\":[{\"start\":31,\"end\":42,\"text\":\"North Korea\"}]}]}",
            ],
            // The repository's reviewed facts: real structure, though their evidence is for another article.
            SeedFiles = [(Path.Combine(TestPaths.RepositoryRoot, "seeds"), ".facts.json")],
            Execute = (input, _) => FactsLoader.Load(input, article),
            IsExpected = _ => false,
        };
    }
}
